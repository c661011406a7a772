/* cal-cv-matcher.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cal-jd-analyzer.h"

G_BEGIN_DECLS

/**
 * CalCvSkillMatch:
 * @id: catalog skill id
 * @name: display name
 * @required: whether the JD requires it (else it is a nice-to-have)
 * @cv_evidence: the CV line that shows it
 */
typedef struct
{
  char     *id;
  char     *name;
  gboolean  required;
  char     *cv_evidence;
} CalCvSkillMatch;

/**
 * CalCvGap:
 * @id: catalog skill id
 * @name: display name
 * @required: whether the JD requires it
 * @jd_evidence: the JD line that asks for it
 * @questions: (element-type CalJdQuestion): 1–2 questions an interviewer
 *   will likely use to probe the gap, each with its why
 */
typedef struct
{
  char      *id;
  char      *name;
  gboolean   required;
  char      *jd_evidence;
  GPtrArray *questions;
} CalCvGap;

/**
 * CalCvGapReport:
 * @matched: (element-type CalCvSkillMatch): JD skills the CV shows
 * @missing: (element-type CalCvGap): JD skills the CV does not show,
 *   required ones first
 */
typedef struct
{
  GPtrArray *matched;
  GPtrArray *missing;
} CalCvGapReport;

#define CAL_TYPE_CV_MATCHER (cal_cv_matcher_get_type ())

G_DECLARE_FINAL_TYPE (CalCvMatcher, cal_cv_matcher, CAL, CV_MATCHER, GObject)

CalCvMatcher   *cal_cv_matcher_new           (CalJdAnalyzer   *analyzer);
CalCvGapReport *cal_cv_matcher_match         (CalCvMatcher    *self,
                                              const char      *cv_text,
                                              CalJdAnalysis   *analysis,
                                              GError         **error);
JsonNode       *cal_cv_gap_report_to_json    (CalCvGapReport  *report);
void            cal_cv_gap_report_free       (CalCvGapReport  *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalCvGapReport, cal_cv_gap_report_free)

G_END_DECLS
