package pbi.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

/**
 * A stand-in for {@link Main} in a jar of its own (see {@link WindowJvmTest}): it relaunches itself the way the
 * window does, then reports the JVM options it runs with. With the argument {@code wait} it stays up until killed.
 */
public final class WindowJvmProbe {

    private WindowJvmProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt relaunched = WindowJvm.relaunch(WindowJvmProbe.class, args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        System.out.println("pid=" + ProcessHandle.current().pid());
        System.out.println("archive=" + vm.getVMOption("SharedArchiveFile").getValue());
        System.out.println("recording=" + vm.getVMOption("ArchiveClassesAtExit").getValue());
        System.out.println("tiered=" + vm.getVMOption("TieredStopAtLevel").getValue());
        System.out.println("launched=" + System.getProperty(WindowJvm.LAUNCHED));
        System.out.println("args=" + String.join(" ", args));
        System.out.println("property=" + System.getProperty("pbi.probe"));
        System.out.flush();
        if (args.length > 0 && args[0].equals("wait")) {
            Thread.sleep(120_000);
        }
        System.exit(7);
    }
}
