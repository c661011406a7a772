/* cal-jd-analysis-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-jd-analysis.h"

G_BEGIN_DECLS

/* The analyzer fills the fields directly; everyone else reads them through
 * the getters of an analysis that no longer changes. */
struct _CalJdAnalysis
{
  GObject     parent_instance;

  char       *company;
  char       *title;
  char       *track;
  char       *level;
  char       *band;
  double      level_confidence;
  GStrv       level_alternatives;
  char       *remote;
  int         years_min;          /* -1 when the JD does not say */
  GPtrArray  *required_skills;    /* CalJdSkill */
  GPtrArray  *preferred_skills;   /* CalJdSkill */
  GStrv       product_areas;
  GStrv       stakeholders;
  GPtrArray  *rounds;             /* CalJdRound */
  GPtrArray  *questions;          /* CalJdQuestion */
};

CalJdAnalysis *cal_jd_analysis_new       (void);
CalJdSkill    *cal_jd_skill_new          (const char *id,
                                          const char *name,
                                          const char *evidence);
CalJdRound    *cal_jd_round_new          (const char *kind,
                                          const char *title,
                                          const char *why);
CalJdQuestion *cal_jd_question_new       (const char *text,
                                          const char *round,
                                          const char *competency,
                                          const char *why);

G_END_DECLS
