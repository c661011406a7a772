/* cal-chip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-chip"

#include "config.h"

#include "cal-chip.h"

/* Chips are small pill-shaped labels for short facts — skills, product
 * areas, stakeholders — that wrap to as many lines as the width allows.
 * They are plain labels in a GtkFlowBox, not a widget type of their own,
 * because they carry no state and no behaviour. */

/**
 * cal_chip_new:
 * @label: the chip's text
 * @style_class: (nullable): an extra style class ("accent", "warning", "success")
 *
 * Returns: (transfer floating): a new chip
 */
GtkWidget *
cal_chip_new (const char *label,
              const char *style_class)
{
  GtkWidget *chip = gtk_label_new (label);

  gtk_label_set_wrap (GTK_LABEL (chip), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (chip), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 40);
  gtk_widget_add_css_class (chip, "chip");
  if (style_class != NULL)
    gtk_widget_add_css_class (chip, style_class);

  return chip;
}

/**
 * cal_chip_box_new:
 *
 * Returns: (transfer floating): an empty box that wraps its chips
 */
GtkWidget *
cal_chip_box_new (void)
{
  GtkWidget *box = gtk_flow_box_new ();

  cal_chip_box_setup (box);

  return box;
}

/**
 * cal_chip_box_setup:
 * @box: a #GtkFlowBox, e.g. one from a template
 *
 * Sets @box up to hold chips.
 */
void
cal_chip_box_setup (GtkWidget *box)
{
  g_return_if_fail (GTK_IS_FLOW_BOX (box));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 30);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_widget_add_css_class (box, "chip-box");
}

/**
 * cal_chip_box_append:
 * @box: a box from cal_chip_box_new()
 * @label: the chip's text
 * @style_class: (nullable): an extra style class
 */
void
cal_chip_box_append (GtkWidget  *box,
                     const char *label,
                     const char *style_class)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_FLOW_BOX (box));
  g_return_if_fail (label != NULL);

  gtk_flow_box_append (GTK_FLOW_BOX (box), cal_chip_new (label, style_class));

  /* The chips are read, not operated: keep them out of the Tab chain so the
   * keyboard goes straight from one control to the next. */
  child = gtk_widget_get_last_child (box);
  gtk_widget_set_focusable (child, FALSE);
  gtk_widget_set_halign (child, GTK_ALIGN_START);
}
