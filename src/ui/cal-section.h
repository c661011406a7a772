/* cal-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_SECTION (cal_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (CalSection, cal_section, CAL, SECTION, AdwBin)

struct _CalSectionClass
{
  AdwBinClass parent_class;

  /*< private >*/
  gpointer padding[8];
};

CalContext *cal_section_get_context    (CalSection *self);
void        cal_section_set_context    (CalSection *self,
                                        CalContext *context);
const char *cal_section_get_title      (CalSection *self);
const char *cal_section_get_icon_name  (CalSection *self);
gboolean    cal_section_get_folded     (CalSection *self);
void        cal_section_set_folded     (CalSection *self,
                                        gboolean    folded);
void        cal_section_show_toast     (CalSection *self,
                                        AdwToast   *toast);
void        cal_section_toast_message  (CalSection *self,
                                        const char *message);

G_END_DECLS
