/* cal-chip.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *cal_chip_new        (const char *label,
                                const char *style_class);
GtkWidget *cal_chip_box_new    (void);
void       cal_chip_box_setup  (GtkWidget  *box);
void       cal_chip_box_append (GtkWidget  *box,
                                const char *label,
                                const char *style_class);

G_END_DECLS
