package pbi.app.gui.common;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a scene as a PNG into {@code pbi.screenshots} (app/target/screenshots), for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    public static void save(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path dir = Path.of(System.getProperty("pbi.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", dir.resolve(name + ".png").toFile());
    }
}
