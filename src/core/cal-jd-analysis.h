/* cal-jd-analysis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * CalJdSkill:
 * @id: the catalog skill id
 * @name: its display name
 * @evidence: the JD line that names it
 */
typedef struct
{
  char *id;
  char *name;
  char *evidence;
} CalJdSkill;

/**
 * CalJdRound:
 * @kind: a round kind id from the catalog ("coding", "system-design"…)
 * @title: the round's title
 * @why: the catalog rule or JD phrase behind it
 */
typedef struct
{
  char *kind;
  char *title;
  char *why;
} CalJdRound;

/**
 * CalJdQuestion:
 * @text: the predicted question
 * @round: the kind of the round it belongs to
 * @competency: the competency id it tests
 * @why: the JD sentence or catalog rule behind the prediction
 */
typedef struct
{
  char *text;
  char *round;
  char *competency;
  char *why;
} CalJdQuestion;

void cal_jd_skill_free    (CalJdSkill    *skill);
void cal_jd_question_free (CalJdQuestion *question);

#define CAL_TYPE_JD_ANALYSIS (cal_jd_analysis_get_type ())

G_DECLARE_FINAL_TYPE (CalJdAnalysis, cal_jd_analysis, CAL, JD_ANALYSIS, GObject)

const char         *cal_jd_analysis_get_company            (CalJdAnalysis  *self);
const char         *cal_jd_analysis_get_title              (CalJdAnalysis  *self);
const char         *cal_jd_analysis_get_track              (CalJdAnalysis  *self);
const char         *cal_jd_analysis_get_level              (CalJdAnalysis  *self);
const char         *cal_jd_analysis_get_band               (CalJdAnalysis  *self);
double              cal_jd_analysis_get_level_confidence   (CalJdAnalysis  *self);
const char * const *cal_jd_analysis_get_level_alternatives (CalJdAnalysis  *self);
const char         *cal_jd_analysis_get_remote             (CalJdAnalysis  *self);
int                 cal_jd_analysis_get_years_min          (CalJdAnalysis  *self);
GPtrArray          *cal_jd_analysis_get_required_skills    (CalJdAnalysis  *self);
GPtrArray          *cal_jd_analysis_get_preferred_skills   (CalJdAnalysis  *self);
const char * const *cal_jd_analysis_get_product_areas      (CalJdAnalysis  *self);
const char * const *cal_jd_analysis_get_stakeholders       (CalJdAnalysis  *self);
GPtrArray          *cal_jd_analysis_get_rounds             (CalJdAnalysis  *self);
GPtrArray          *cal_jd_analysis_get_questions          (CalJdAnalysis  *self);

JsonNode           *cal_jd_analysis_to_json                (CalJdAnalysis  *self);
char               *cal_jd_analysis_to_json_string         (CalJdAnalysis  *self);
CalJdAnalysis      *cal_jd_analysis_new_from_json          (JsonNode       *node,
                                                            GError        **error);

G_END_DECLS
