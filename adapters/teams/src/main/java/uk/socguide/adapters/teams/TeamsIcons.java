package uk.socguide.adapters.teams;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws the two icons a Teams app needs, from shapes only (no fonts, so it works headless on a bare
 * server): a speech bubble holding an "i" for information. The colour icon is 192x192, white on the
 * accent colour; the outline icon is 32x32, white on transparent, as Teams requires.
 */
final class TeamsIcons {
  static final int COLOR_SIZE = 192;
  static final int OUTLINE_SIZE = 32;

  private TeamsIcons() {}

  static byte[] color(String accentHex) {
    Color accent = Color.decode(accentHex);
    BufferedImage image = new BufferedImage(COLOR_SIZE, COLOR_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(image);
    g.setColor(accent);
    g.fillRect(0, 0, COLOR_SIZE, COLOR_SIZE);
    // The symbol sits in the middle half, clear of the rounded corners Teams applies.
    Area bubble = bubble(COLOR_SIZE * 0.22, COLOR_SIZE * 0.24, COLOR_SIZE * 0.56);
    bubble.subtract(info(COLOR_SIZE * 0.22, COLOR_SIZE * 0.24, COLOR_SIZE * 0.56));
    g.setColor(Color.WHITE);
    g.fill(bubble);
    g.dispose();
    return png(image);
  }

  static byte[] outline() {
    BufferedImage image =
        new BufferedImage(OUTLINE_SIZE, OUTLINE_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(image);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(bubble(3, 4, 26));
    g.fill(info(3, 4, 26));
    g.dispose();
    return png(image);
  }

  /** A rounded speech bubble with a tail at the bottom left, in a square of side {@code s}. */
  private static Area bubble(double x, double y, double s) {
    Area area = new Area(new RoundRectangle2D.Double(x, y, s, s * 0.72, s * 0.3, s * 0.3));
    Path2D tail = new Path2D.Double();
    tail.moveTo(x + s * 0.22, y + s * 0.66);
    tail.lineTo(x + s * 0.16, y + s * 0.95);
    tail.lineTo(x + s * 0.46, y + s * 0.70);
    tail.closePath();
    area.add(new Area(tail));
    return area;
  }

  /** The letter "i": a dot over a rounded stem, centred in the bubble. */
  private static Area info(double x, double y, double s) {
    double cx = x + s / 2;
    double dot = s * 0.1;
    Area letter = new Area(new Ellipse2D.Double(cx - dot / 2, y + s * 0.12, dot, dot));
    double stemWidth = s * 0.09;
    letter.add(
        new Area(
            new RoundRectangle2D.Double(
                cx - stemWidth / 2, y + s * 0.28, stemWidth, s * 0.32, stemWidth, stemWidth)));
    return letter;
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }

  private static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
