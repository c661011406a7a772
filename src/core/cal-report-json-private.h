/* cal-report-json-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

double   cal_report_json_round2           (double       value);
void     cal_report_json_add_time_or_null (JsonBuilder *builder,
                                           double       at);
void     cal_report_json_add_advice       (JsonBuilder *builder,
                                           const char  *text,
                                           const char  *kind,
                                           double       at);
gboolean cal_report_json_read_number      (JsonObject  *object,
                                           const char  *member,
                                           double      *out);

G_END_DECLS
