package pbi.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import pbi.app.map.Java2dPainter;
import pbi.app.map.MapRequests;
import pbi.app.map.MapScene;
import pbi.app.map.SceneBuilder;
import pbi.app.map.SceneInput;
import pbi.dao.domain.Limits;
import pbi.dao.domain.World;
import pbi.dao.geo.Atlas;
import pbi.dao.geo.MapPicture;
import pbi.dao.geo.StrayBots;
import pbi.dao.geo.Viewport;
import pbi.dao.service.MapService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code map}: the window's map picture as a PNG, drawn headless, for support staff to attach to a ticket. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Draw where the bots of a map (or zone) stand, as a PNG: zone rectangles, a grid, the bots as"
                + " dots or, when there are many, counted per cell; impossible positions in red.",
                "Runs without a display."})
public final class MapCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    LagOptions lag = new LagOptions();

    @Option(names = "--map", paramLabel = "ID", required = true, description = "The map, e.g. 0 for Eastern Kingdoms.")
    long map;

    @Option(names = "--zone", paramLabel = "ID", description = "Frame this zone of the map.")
    Long zone;

    @Option(names = "--out", paramLabel = "FILE.png", description = "Where to write (default map-ID[-ZONE].png).")
    Path out;

    @Option(names = "--width", paramLabel = "N", defaultValue = "1200", description = "Width in pixels"
            + " (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "N", defaultValue = "800", description = "Height in pixels"
            + " (default ${DEFAULT-VALUE}).")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Before anything touches AWT: the picture is drawn into memory, never on a screen.
        System.setProperty("java.awt.headless", "true");
        check();
        Path file = out != null ? out : Path.of("map-" + map + (zone == null ? "" : "-" + zone) + ".png");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new Cli.InputException("Cannot write " + file + ": the folder " + parent + " does not exist");
        }
        PrintWriter err = spec.commandLine().getErr();
        Limits limits = Limits.wotlk();
        Atlas atlas = Atlas.standard();
        try (OpenConnection open = connection.open(line -> {
            err.println(line);
            err.flush();
        })) {
            lag.warn(open.database(), err);
            MapService service = new MapService(open.database().reads(), atlas, limits.worldHalfExtent());
            Viewport view = MapRequests.fit(atlas, limits, map, zone, width, height);
            MapPicture picture = service.picture(MapRequests.query(map, zone, view), false);
            StrayBots strays = service.strays(map, zone);
            MapScene scene = SceneBuilder.build(new SceneInput(atlas, limits, view, map, zone, picture, strays, null,
                    null, null, null, null, service.hasCharacters()));
            BufferedImage image = Java2dPainter.render(scene);
            try {
                ImageIO.write(image, "png", file.toFile());
            } catch (IOException e) {
                throw new Cli.InputException("Cannot write " + file + ": " + e.getMessage());
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Wrote %s (%d×%d): %s, %,d bots in view%s, %,d at impossible positions%n", file,
                    width, height, World.mapLabel(map) + (zone == null ? "" : ", " + World.zoneLabel(zone)),
                    picture.botsInView(), picture.isDensity() ? " (counted per cell)" : "", strays.count());
            o.flush();
            return ExitCode.OK;
        }
    }

    private void check() {
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw new ConnectionOptions.UsageException("--width and --height must be 200×150 to 8000×8000, not "
                    + width + "×" + height);
        }
        if (zone != null && !World.zoneFitsMap(map, zone)) {
            throw new ConnectionOptions.UsageException(World.zoneLabel(zone) + " lies on "
                    + World.mapLabel(World.mapOfZone(zone).orElseThrow()) + ", not on " + World.mapLabel(map));
        }
    }
}
