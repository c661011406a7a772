/* cal-tag-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CAL_TYPE_TAG_ENTRY (cal_tag_entry_get_type ())

G_DECLARE_FINAL_TYPE (CalTagEntry, cal_tag_entry, CAL, TAG_ENTRY, GtkBox)

GtkWidget          *cal_tag_entry_new            (void);
const char * const *cal_tag_entry_get_tags       (CalTagEntry        *self);
void                cal_tag_entry_set_tags       (CalTagEntry        *self,
                                                  const char * const *tags);
void                cal_tag_entry_set_known_tags (CalTagEntry        *self,
                                                  const char * const *tags);
gboolean            cal_tag_entry_add_tag        (CalTagEntry        *self,
                                                  const char         *tag);
void                cal_tag_entry_remove_tag     (CalTagEntry        *self,
                                                  const char         *tag);

G_END_DECLS
