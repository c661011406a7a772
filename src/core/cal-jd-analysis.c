/* cal-jd-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-jd-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-jd-analysis-private.h"
#include "cal-jd-analyzer.h"

G_DEFINE_FINAL_TYPE (CalJdAnalysis, cal_jd_analysis, G_TYPE_OBJECT)

/**
 * cal_jd_skill_free:
 * @skill: a skill
 *
 * Frees @skill.
 */
void
cal_jd_skill_free (CalJdSkill *s)
{
  g_free (s->id);
  g_free (s->name);
  g_free (s->evidence);
  g_free (s);
}

static void
jd_round_free (CalJdRound *r)
{
  g_free (r->kind);
  g_free (r->title);
  g_free (r->why);
  g_free (r);
}

/**
 * cal_jd_question_free:
 * @question: a question
 *
 * Frees @question.
 */
void
cal_jd_question_free (CalJdQuestion *q)
{
  g_free (q->text);
  g_free (q->round);
  g_free (q->competency);
  g_free (q->why);
  g_free (q);
}

CalJdSkill *
cal_jd_skill_new (const char *id,
                  const char *name,
                  const char *evidence)
{
  CalJdSkill *s = g_new0 (CalJdSkill, 1);

  s->id = g_strdup (id);
  s->name = g_strdup (name != NULL ? name : id);
  s->evidence = g_strdup (evidence);
  return s;
}

CalJdRound *
cal_jd_round_new (const char *kind,
                  const char *title,
                  const char *why)
{
  CalJdRound *r = g_new0 (CalJdRound, 1);

  r->kind = g_strdup (kind);
  r->title = g_strdup (title);
  r->why = g_strdup (why);
  return r;
}

CalJdQuestion *
cal_jd_question_new (const char *text,
                     const char *round,
                     const char *competency,
                     const char *why)
{
  CalJdQuestion *q = g_new0 (CalJdQuestion, 1);

  q->text = g_strdup (text);
  q->round = g_strdup (round);
  q->competency = g_strdup (competency);
  q->why = g_strdup (why);
  return q;
}

static void
cal_jd_analysis_finalize (GObject *object)
{
  CalJdAnalysis *self = CAL_JD_ANALYSIS (object);

  g_free (self->company);
  g_free (self->title);
  g_free (self->track);
  g_free (self->level);
  g_free (self->band);
  g_strfreev (self->level_alternatives);
  g_free (self->remote);
  g_ptr_array_unref (self->required_skills);
  g_ptr_array_unref (self->preferred_skills);
  g_strfreev (self->product_areas);
  g_strfreev (self->stakeholders);
  g_ptr_array_unref (self->rounds);
  g_ptr_array_unref (self->questions);

  G_OBJECT_CLASS (cal_jd_analysis_parent_class)->finalize (object);
}

static void
cal_jd_analysis_class_init (CalJdAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cal_jd_analysis_finalize;
}

static void
cal_jd_analysis_init (CalJdAnalysis *self)
{
  self->years_min = -1;
  self->level_alternatives = g_new0 (char *, 1);
  self->product_areas = g_new0 (char *, 1);
  self->stakeholders = g_new0 (char *, 1);
  self->required_skills = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_jd_skill_free);
  self->preferred_skills = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_jd_skill_free);
  self->rounds = g_ptr_array_new_with_free_func ((GDestroyNotify) jd_round_free);
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_jd_question_free);
}

CalJdAnalysis *
cal_jd_analysis_new (void)
{
  return g_object_new (CAL_TYPE_JD_ANALYSIS, NULL);
}

/**
 * cal_jd_analysis_get_company:
 * @self: an analysis
 *
 * Returns: (nullable): the hiring company, if the JD names it
 */
const char *
cal_jd_analysis_get_company (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->company;
}

/**
 * cal_jd_analysis_get_title:
 * @self: an analysis
 *
 * Returns: (nullable): the job title
 */
const char *
cal_jd_analysis_get_title (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->title;
}

/**
 * cal_jd_analysis_get_track:
 * @self: an analysis
 *
 * Returns: (nullable): the catalog track id, e.g. "backend-engineer"
 */
const char *
cal_jd_analysis_get_track (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->track;
}

/**
 * cal_jd_analysis_get_level:
 * @self: an analysis
 *
 * Returns: (nullable): the catalog level id, e.g. "senior"
 */
const char *
cal_jd_analysis_get_level (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->level;
}

/**
 * cal_jd_analysis_get_band:
 * @self: an analysis
 *
 * Returns: (nullable): the band of the level, e.g. "staff-plus"
 */
const char *
cal_jd_analysis_get_band (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->band;
}

/**
 * cal_jd_analysis_get_level_confidence:
 * @self: an analysis
 *
 * Returns: how sure the level is, from 0 to 1
 */
double
cal_jd_analysis_get_level_confidence (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), 0.0);
  return self->level_confidence;
}

/**
 * cal_jd_analysis_get_level_alternatives:
 * @self: an analysis
 *
 * Returns: (transfer none): other levels the JD also fits, when it spans
 *   several; empty otherwise
 */
const char * const *
cal_jd_analysis_get_level_alternatives (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return (const char * const *) self->level_alternatives;
}

/**
 * cal_jd_analysis_get_remote:
 * @self: an analysis
 *
 * Returns: (nullable): "remote", "hybrid", "onsite", or %NULL if unknown
 */
const char *
cal_jd_analysis_get_remote (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->remote;
}

/**
 * cal_jd_analysis_get_years_min:
 * @self: an analysis
 *
 * Returns: the years of experience asked for, or -1 if the JD does not say
 */
int
cal_jd_analysis_get_years_min (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), -1);
  return self->years_min;
}

/**
 * cal_jd_analysis_get_required_skills:
 * @self: an analysis
 *
 * Returns: (transfer none) (element-type CalJdSkill): required skills in the
 *   order the JD names them
 */
GPtrArray *
cal_jd_analysis_get_required_skills (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->required_skills;
}

/**
 * cal_jd_analysis_get_preferred_skills:
 * @self: an analysis
 *
 * Returns: (transfer none) (element-type CalJdSkill): nice-to-have skills
 */
GPtrArray *
cal_jd_analysis_get_preferred_skills (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->preferred_skills;
}

/**
 * cal_jd_analysis_get_product_areas:
 * @self: an analysis
 *
 * Returns: (transfer none): the product areas the job works on
 */
const char * const *
cal_jd_analysis_get_product_areas (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return (const char * const *) self->product_areas;
}

/**
 * cal_jd_analysis_get_stakeholders:
 * @self: an analysis
 *
 * Returns: (transfer none): the people the job works with
 */
const char * const *
cal_jd_analysis_get_stakeholders (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return (const char * const *) self->stakeholders;
}

/**
 * cal_jd_analysis_get_rounds:
 * @self: an analysis
 *
 * Returns: (transfer none) (element-type CalJdRound): the likely loop
 */
GPtrArray *
cal_jd_analysis_get_rounds (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->rounds;
}

/**
 * cal_jd_analysis_get_questions:
 * @self: an analysis
 *
 * Returns: (transfer none) (element-type CalJdQuestion): predicted questions
 */
GPtrArray *
cal_jd_analysis_get_questions (CalJdAnalysis *self)
{
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);
  return self->questions;
}

/* --- JSON --------------------------------------------------------------- */

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder *builder,
          const char  *name,
          GStrv        values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_skills (JsonBuilder *builder,
            const char  *name,
            GPtrArray   *skills)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < skills->len; i++)
    {
      CalJdSkill *s = g_ptr_array_index (skills, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, s->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, s->name);
      add_nullable_string (builder, "evidence", s->evidence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * cal_jd_analysis_to_json:
 * @self: an analysis
 *
 * Builds the documented `jd analyze` JSON: company, title, track, level,
 * level_confidence, remote, years_min, skills.required[], skills.preferred[],
 * product_areas[], stakeholders[], rounds[] and questions[], plus band and
 * level_alternatives[]. Each skill is an object with id, name and evidence.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
cal_jd_analysis_to_json (CalJdAnalysis *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (self), NULL);

  json_builder_begin_object (builder);
  add_nullable_string (builder, "company", self->company);
  add_nullable_string (builder, "title", self->title);
  add_nullable_string (builder, "track", self->track);
  add_nullable_string (builder, "level", self->level);
  add_nullable_string (builder, "band", self->band);
  json_builder_set_member_name (builder, "level_confidence");
  json_builder_add_double_value (builder, self->level_confidence);
  add_strv (builder, "level_alternatives", self->level_alternatives);
  add_nullable_string (builder, "remote", self->remote);
  json_builder_set_member_name (builder, "years_min");
  if (self->years_min >= 0)
    json_builder_add_int_value (builder, self->years_min);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_object (builder);
  add_skills (builder, "required", self->required_skills);
  add_skills (builder, "preferred", self->preferred_skills);
  json_builder_end_object (builder);

  add_strv (builder, "product_areas", self->product_areas);
  add_strv (builder, "stakeholders", self->stakeholders);

  json_builder_set_member_name (builder, "rounds");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->rounds->len; i++)
    {
      CalJdRound *r = g_ptr_array_index (self->rounds, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "kind", r->kind);
      add_nullable_string (builder, "title", r->title);
      add_nullable_string (builder, "why", r->why);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->questions->len; i++)
    {
      CalJdQuestion *q = g_ptr_array_index (self->questions, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "text", q->text);
      add_nullable_string (builder, "round", q->round);
      add_nullable_string (builder, "competency", q->competency);
      add_nullable_string (builder, "why", q->why);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * cal_jd_analysis_to_json_string:
 * @self: an analysis
 *
 * Returns: (transfer full): the JSON of cal_jd_analysis_to_json() as compact
 *   text, the form the store keeps
 */
char *
cal_jd_analysis_to_json_string (CalJdAnalysis *self)
{
  g_autoptr(JsonNode) node = cal_jd_analysis_to_json (self);

  return json_to_string (node, FALSE);
}

static char *
get_nullable_string (JsonObject *object,
                     const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static GStrv
get_strv (JsonObject *object,
          const char *name)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *e = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (e));
        }
    }
  return g_strv_builder_end (builder);
}

static void
read_skills (JsonObject *skills,
             const char *name,
             GPtrArray  *into)
{
  JsonNode *node = skills != NULL ? json_object_get_member (skills, name) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *e = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (e))
        {
          JsonObject *o = json_node_get_object (e);
          g_autofree char *id = get_nullable_string (o, "id");
          g_autofree char *skill_name = get_nullable_string (o, "name");
          g_autofree char *evidence = get_nullable_string (o, "evidence");

          if (id != NULL)
            g_ptr_array_add (into, cal_jd_skill_new (id, skill_name, evidence));
        }
      else if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
        g_ptr_array_add (into, cal_jd_skill_new (json_node_get_string (e), NULL, NULL));
    }
}

/**
 * cal_jd_analysis_new_from_json:
 * @node: JSON as written by cal_jd_analysis_to_json()
 * @error: return location for a #GError
 *
 * Reads back a stored analysis, e.g. for `cv gaps --job ID`.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
CalJdAnalysis *
cal_jd_analysis_new_from_json (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(CalJdAnalysis) self = NULL;
  JsonObject *object;
  JsonNode *member;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_INVALID,
                   _("The stored job analysis is damaged. Import the job description again."));
      return NULL;
    }
  object = json_node_get_object (node);
  self = cal_jd_analysis_new ();

  self->company = get_nullable_string (object, "company");
  self->title = get_nullable_string (object, "title");
  self->track = get_nullable_string (object, "track");
  self->level = get_nullable_string (object, "level");
  self->band = get_nullable_string (object, "band");
  self->remote = get_nullable_string (object, "remote");
  if ((member = json_object_get_member (object, "level_confidence")) && JSON_NODE_HOLDS_VALUE (member))
    self->level_confidence = json_node_get_double (member);
  if ((member = json_object_get_member (object, "years_min")) && JSON_NODE_HOLDS_VALUE (member))
    self->years_min = json_node_get_int (member);
  g_strfreev (self->level_alternatives);
  self->level_alternatives = get_strv (object, "level_alternatives");
  g_strfreev (self->product_areas);
  self->product_areas = get_strv (object, "product_areas");
  g_strfreev (self->stakeholders);
  self->stakeholders = get_strv (object, "stakeholders");

  if ((member = json_object_get_member (object, "skills")) && JSON_NODE_HOLDS_OBJECT (member))
    {
      read_skills (json_node_get_object (member), "required", self->required_skills);
      read_skills (json_node_get_object (member), "preferred", self->preferred_skills);
    }

  if ((member = json_object_get_member (object, "rounds")) && JSON_NODE_HOLDS_ARRAY (member))
    {
      JsonArray *array = json_node_get_array (member);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *e = json_array_get_element (array, i);
          JsonObject *o;
          g_autofree char *kind = NULL, *title = NULL, *why = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (e))
            continue;
          o = json_node_get_object (e);
          kind = get_nullable_string (o, "kind");
          title = get_nullable_string (o, "title");
          why = get_nullable_string (o, "why");
          g_ptr_array_add (self->rounds, cal_jd_round_new (kind, title, why));
        }
    }

  if ((member = json_object_get_member (object, "questions")) && JSON_NODE_HOLDS_ARRAY (member))
    {
      JsonArray *array = json_node_get_array (member);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *e = json_array_get_element (array, i);
          JsonObject *o;
          g_autofree char *text = NULL, *round = NULL, *competency = NULL, *why = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (e))
            continue;
          o = json_node_get_object (e);
          text = get_nullable_string (o, "text");
          round = get_nullable_string (o, "round");
          competency = get_nullable_string (o, "competency");
          why = get_nullable_string (o, "why");
          if (text != NULL)
            g_ptr_array_add (self->questions, cal_jd_question_new (text, round, competency, why));
        }
    }

  return g_steal_pointer (&self);
}
