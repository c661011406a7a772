/* cal-lexicon.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cal-scan.h"

G_BEGIN_DECLS

#define CAL_LEXICON_ERROR (cal_lexicon_error_quark ())

typedef enum
{
  CAL_LEXICON_ERROR_INVALID,
} CalLexiconError;

/**
 * CalScope:
 * @CAL_SCOPE_TASK: the work one person was handed
 * @CAL_SCOPE_PROJECT: a feature or project carried end to end
 * @CAL_SCOPE_TEAM: a whole team
 * @CAL_SCOPE_MULTI_TEAM: several teams
 * @CAL_SCOPE_ORG: an organisation of many teams
 * @CAL_SCOPE_COMPANY: the whole company, its customers or results
 *
 * The rungs of the scope ladder, smallest first.
 */
typedef enum
{
  CAL_SCOPE_TASK,
  CAL_SCOPE_PROJECT,
  CAL_SCOPE_TEAM,
  CAL_SCOPE_MULTI_TEAM,
  CAL_SCOPE_ORG,
  CAL_SCOPE_COMPANY,
  CAL_SCOPE_N,
} CalScope;

/**
 * CalStarPart:
 * @CAL_STAR_SITUATION: the context
 * @CAL_STAR_TASK: what had to be done
 * @CAL_STAR_ACTION: what the teller did
 * @CAL_STAR_RESULT: what came of it
 *
 * The four parts of a STAR story.
 */
typedef enum
{
  CAL_STAR_SITUATION,
  CAL_STAR_TASK,
  CAL_STAR_ACTION,
  CAL_STAR_RESULT,
  CAL_STAR_N,
} CalStarPart;

/**
 * CalLexiconList:
 *
 * The phrase lists of the lexicon. Scope phrases carry their rung as tag
 * and a weight of 1 (strong) or 0.5 (weak); number words carry their value
 * as weight; star cues carry their #CalStarPart as tag.
 */
typedef enum
{
  CAL_LEXICON_FILLERS,
  CAL_LEXICON_HEDGES,
  CAL_LEXICON_I_WORDS,
  CAL_LEXICON_WE_WORDS,
  CAL_LEXICON_IMPACT_VERBS,
  CAL_LEXICON_OUTCOME_NOUNS,
  CAL_LEXICON_METRIC_UNITS,
  CAL_LEXICON_METRIC_WORDS,
  CAL_LEXICON_BEFORE_AFTER,
  CAL_LEXICON_STAR_CUES,
  CAL_LEXICON_PASSIVE_AUX,
  CAL_LEXICON_PARTICIPLES,
  CAL_LEXICON_NOT_PARTICIPLES,
  CAL_LEXICON_SIGNPOSTS,
  CAL_LEXICON_SCOPE,
  CAL_LEXICON_NUMBER_WORDS,
  CAL_LEXICON_N_LISTS,
} CalLexiconList;

/**
 * CalPhrase:
 * @text: the phrase as written in the lexicon
 * @n_words: how many words it spans
 * @tag: a rung, a STAR part, or 0
 * @weight: the evidence weight, or the value of a number word
 *
 * One matched lexicon entry. Owned by the lexicon.
 */
typedef struct
{
  const char *text;
  guint       n_words;
  int         tag;
  double      weight;
} CalPhrase;

/**
 * CalMagnitude:
 * @id: "headcount", "teams", "users" or "money"
 * @n_rungs: entries in @rungs and @min
 * @rungs: the rung each threshold reaches
 * @min: the smallest count for that rung, ascending
 * @strong: whether a count is strong evidence on its own
 *
 * How a counted noun maps to a scope rung.
 */
typedef struct
{
  const char *id;
  guint       n_rungs;
  CalScope    rungs[8];
  double      min[8];
  gboolean    strong;
} CalMagnitude;

/**
 * CalLevelRubric:
 * @id: the level id, e.g. "staff"
 * @name: its display name
 * @management: %TRUE on the management ladder
 * @scope: the rung a story at this level shows
 * @reach: what a story must show to read at this level
 * @half_step: what reads half a step above it
 *
 * The calibration rubric of one level. Owned by the lexicon.
 */
typedef struct
{
  const char *id;
  const char *name;
  gboolean    management;
  CalScope    scope;
  const char *reach;
  const char *half_step;
} CalLevelRubric;

#define CAL_TYPE_LEXICON (cal_lexicon_get_type ())

G_DECLARE_FINAL_TYPE (CalLexicon, cal_lexicon, CAL, LEXICON, GObject)

GQuark                cal_lexicon_error_quark        (void);

CalLexicon           *cal_lexicon_get_default        (void);
CalLexicon           *cal_lexicon_new_from_data      (const char      *lexicons_json,
                                                      const char      *rubric_json,
                                                      GError         **error);

const CalPhrase      *cal_lexicon_match              (CalLexicon      *self,
                                                      CalLexiconList   list,
                                                      const CalScan   *scan,
                                                      guint            word);
gboolean              cal_lexicon_has_word           (CalLexicon      *self,
                                                      CalLexiconList   list,
                                                      const char      *word);
const CalMagnitude   *cal_lexicon_find_magnitude     (CalLexicon      *self,
                                                      const char      *noun);
const CalMagnitude   *cal_lexicon_get_money          (CalLexicon      *self);

const CalLevelRubric *cal_lexicon_get_level          (CalLexicon      *self,
                                                      const char      *level_id);
const char           *cal_lexicon_level_for_scope    (CalLexicon      *self,
                                                      gboolean         management,
                                                      CalScope         scope,
                                                      const char      *target_level);
const char           *cal_lexicon_get_scope_who      (CalLexicon      *self,
                                                      CalScope         scope);

const char           *cal_scope_to_string            (CalScope         scope);
gboolean              cal_scope_from_string          (const char      *text,
                                                      CalScope        *scope);
const char           *cal_star_part_to_string        (CalStarPart      part);

G_END_DECLS
