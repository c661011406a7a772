/* cal-report-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON pieces the coach's report, the think-aloud report and the
 * transcript write and read the same way. Stored practices and
 * `calibrd-cli … --json` carry this JSON, so the shapes must not drift
 * apart between them.
 */

#define G_LOG_DOMAIN "cal-report-json"

#include "config.h"

#include <math.h>

#include "cal-report-json-private.h"

/* Two decimals are all a report shows, and they keep the stored JSON
 * the same from run to run. */
double
cal_report_json_round2 (double value)
{
  return round (value * 100.0) / 100.0;
}

/* A time in seconds, or null for "never" (a negative time). */
void
cal_report_json_add_time_or_null (JsonBuilder *builder,
                                  double       at)
{
  if (at >= 0)
    json_builder_add_double_value (builder, cal_report_json_round2 (at));
  else
    json_builder_add_null_value (builder);
}

/* One point of advice: `{text, kind, at}`, with `at` null when the advice
 * is about the whole answer. */
void
cal_report_json_add_advice (JsonBuilder *builder,
                            const char  *text,
                            const char  *kind,
                            double       at)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind);
  json_builder_set_member_name (builder, "at");
  cal_report_json_add_time_or_null (builder, at);
  json_builder_end_object (builder);
}

/* Whole numbers count as numbers too: JSON does not tell 2 from 2.0. */
gboolean
cal_report_json_read_number (JsonObject *object,
                             const char *member,
                             double     *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      *out = json_node_get_double (node);
      return TRUE;
    default:
      return FALSE;
    }
}
