package org.selfeval.document;

import org.selfeval.charts.ChartData;

/** A chart drawn as vector graphics in the PDF (and as a picture or table in DOCX). */
public record ChartBlock(ChartData chart) implements Block {
}
