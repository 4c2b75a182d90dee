package org.debrief.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Bar charts drawn by JFreeChart, as inline SVG for the report and PNG for the notebook. */
public final class Charts {
  private static final Color BAR = new Color(0x2f, 0x6f, 0x9f);
  private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);

  private Charts() {}

  /** One bar per category, longest at the top; {@code axis} names the values. */
  public static JFreeChart bars(
      List<String> categories, List<? extends Number> values, String axis) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < categories.size(); i++) {
      data.addValue(values.get(i), axis, categories.get(i));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, axis, data, PlotOrientation.HORIZONTAL, false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setOutlineVisible(false);
    plot.getDomainAxis().setTickLabelFont(FONT);
    plot.getRangeAxis().setTickLabelFont(FONT);
    plot.getRangeAxis().setLabelFont(FONT);
    plot.setNoDataMessage("No data in this run");
    plot.setNoDataMessageFont(FONT);
    if (plot.getRangeAxis() instanceof NumberAxis n) {
      n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, BAR);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(FONT);
    return chart;
  }

  /**
   * The chart as an {@code <svg>} element with width, height and a viewBox, so the page can scale
   * it. {@code id} also prefixes the clip-path ids, which must be unique across one page.
   */
  public static String svg(JFreeChart chart, int width, int height, String id) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    chart.draw(g, new Rectangle(width, height));
    return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
  }

  public static byte[] png(JFreeChart chart, int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw chart", e);
    }
  }

  /** A height that gives each bar room: charts of 2 and of 12 bars both read well. */
  public static int heightFor(int bars) {
    return Math.max(160, 70 + 30 * bars);
  }
}
