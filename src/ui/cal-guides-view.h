/* cal-guides-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_GUIDES_VIEW (cal_guides_view_get_type ())

G_DECLARE_FINAL_TYPE (CalGuidesView, cal_guides_view, CAL, GUIDES_VIEW, CalSection)

GtkWidget *cal_guides_view_new                 (void);
void       cal_guides_view_show_guide          (CalGuidesView *self,
                                                const char    *track,
                                                const char    *level);
void       cal_guides_view_show_side_by_side   (CalGuidesView *self,
                                                const char    *band);
void       cal_guides_view_export_to_file      (CalGuidesView *self,
                                                GFile         *file);
gboolean   cal_guides_view_get_exporting       (CalGuidesView *self);

G_END_DECLS
