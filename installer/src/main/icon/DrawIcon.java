import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a bot's head under a magnifying glass. Run once with
 * {@code java -Djava.awt.headless=true installer/src/main/icon/DrawIcon.java installer/src/main/icon/playerbot-inspector.png};
 * the PNG is committed so the build does not depend on a display or on this program.
 */
public final class DrawIcon {

    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // Tile: dark blue, lighter at the top.
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B4F8C), 0, size, new Color(0x14233F)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // The bot: antenna, head, eyes and mouth.
        Color metal = new Color(0xD9E2EC);
        g.setColor(metal);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(104, 44, 104, 70));
        g.fill(new Ellipse2D.Double(94, 30, 20, 20));
        g.fill(new RoundRectangle2D.Double(40, 70, 128, 104, 30, 30));
        g.setColor(new Color(0x1B2E52));
        g.fill(new Ellipse2D.Double(62, 100, 28, 28));
        g.fill(new Ellipse2D.Double(118, 100, 28, 28));
        g.fill(new RoundRectangle2D.Double(72, 142, 64, 12, 10, 10));
        g.setColor(new Color(0x5FD38D));
        g.fill(new Ellipse2D.Double(70, 108, 12, 12));
        g.fill(new Ellipse2D.Double(126, 108, 12, 12));

        // The magnifying glass over the lower right.
        g.setColor(new Color(0xF2B233));
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(196, 196, 226, 226));
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new Ellipse2D.Double(118, 118, 88, 88));
        g.setColor(new Color(0xF2B233));
        g.setStroke(new BasicStroke(12));
        g.draw(new Ellipse2D.Double(118, 118, 88, 88));
        g.dispose();

        ImageIO.write(image, "png", new File(args[0]));
    }
}
