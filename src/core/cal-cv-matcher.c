/* cal-cv-matcher.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cv-matcher"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cal-cv-matcher.h"
#include "cal-jd-analysis-private.h"

/* The matcher compares skills, not prose: a skill counts as shown when the
 * CV names it (or an alias) on some line, and that line is quoted back as
 * evidence. There is no score to trust blindly; every gap says which JD
 * line asks for the skill and why each question is likely. */

struct _CalCvMatcher
{
  GObject        parent_instance;

  CalJdAnalyzer *analyzer;
};

G_DEFINE_FINAL_TYPE (CalCvMatcher, cal_cv_matcher, G_TYPE_OBJECT)

static void
skill_match_free (CalCvSkillMatch *m)
{
  g_free (m->id);
  g_free (m->name);
  g_free (m->cv_evidence);
  g_free (m);
}

static void
gap_free (CalCvGap *g)
{
  g_free (g->id);
  g_free (g->name);
  g_free (g->jd_evidence);
  g_ptr_array_unref (g->questions);
  g_free (g);
}

/**
 * cal_cv_gap_report_free:
 * @report: a report
 *
 * Frees @report.
 */
void
cal_cv_gap_report_free (CalCvGapReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->matched);
  g_ptr_array_unref (report->missing);
  g_free (report);
}

static void
cal_cv_matcher_finalize (GObject *object)
{
  CalCvMatcher *self = CAL_CV_MATCHER (object);

  g_clear_object (&self->analyzer);
  G_OBJECT_CLASS (cal_cv_matcher_parent_class)->finalize (object);
}

static void
cal_cv_matcher_class_init (CalCvMatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cal_cv_matcher_finalize;
}

static void
cal_cv_matcher_init (CalCvMatcher *self)
{
}

/**
 * cal_cv_matcher_new:
 * @analyzer: the analyzer whose skill catalog to use
 *
 * Returns: (transfer full): a new matcher
 */
CalCvMatcher *
cal_cv_matcher_new (CalJdAnalyzer *analyzer)
{
  CalCvMatcher *self;

  g_return_val_if_fail (CAL_IS_JD_ANALYZER (analyzer), NULL);

  self = g_object_new (CAL_TYPE_CV_MATCHER, NULL);
  self->analyzer = g_object_ref (analyzer);
  return self;
}

static gboolean
is_technical_category (const char *category)
{
  static const char *technical[] = { "language", "frontend", "backend", "data", "ml",
                                     "infrastructure", "cloud", "security", "testing", "mobile" };

  for (guint i = 0; category != NULL && i < G_N_ELEMENTS (technical); i++)
    if (g_str_equal (category, technical[i]))
      return TRUE;
  return FALSE;
}

static void
add_gap_questions (CalCvMatcher  *self,
                   CalJdAnalysis *analysis,
                   CalCvGap      *gap)
{
  CalCatalog *catalog = cal_jd_analyzer_get_catalog (self->analyzer);
  const char *ids[] = { gap->id, NULL };
  g_autoptr(GPtrArray) bank = cal_catalog_find_questions (catalog, analysis->track, NULL, NULL, ids);
  const CalCatalogSkill *skill = cal_catalog_get_skill (catalog, gap->id);
  g_autofree char *why = gap->required
    ? g_strdup_printf (_("The JD requires %s and your CV does not mention it"), gap->name)
    : g_strdup_printf (_("The JD lists %s as a plus and your CV does not mention it"), gap->name);

  /* The bank's own questions on the skill first: they are what
   * interviewers on this track actually ask. */
  for (guint i = 0; i < bank->len && gap->questions->len < 2; i++)
    {
      const CalCatalogQuestion *q = g_ptr_array_index (bank, i);
      g_ptr_array_add (gap->questions, cal_jd_question_new (q->text, q->round, q->competency, why));
    }

  if (gap->questions->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("The role needs %s and your CV does not show it. What have you done that comes closest, and how would you get up to speed?"),
                                               gap->name);
      g_autofree char *rule_why = g_strdup_printf (_("%s (rule: interviewers probe every missing requirement)"), why);

      g_ptr_array_add (gap->questions, cal_jd_question_new (text, "hiring-manager", "learning", rule_why));
    }
  if (gap->questions->len < 2 && gap->required && skill != NULL && is_technical_category (skill->category))
    {
      g_autofree char *text = g_strdup_printf (_("Explain how %s works under the hood, and when you would choose something else."),
                                               gap->name);
      g_autofree char *rule_why = g_strdup_printf (_("%s (rule: a missing core technology gets a depth check)"), why);

      g_ptr_array_add (gap->questions, cal_jd_question_new (text, "technical-deep-dive", "technical-depth", rule_why));
    }
}

static void
match_list (CalCvMatcher   *self,
            CalJdAnalysis  *analysis,
            GPtrArray      *wanted,
            gboolean        required,
            GHashTable     *cv_skills,
            CalCvGapReport *report,
            GPtrArray      *gaps)
{
  for (guint i = 0; i < wanted->len; i++)
    {
      CalJdSkill *skill = g_ptr_array_index (wanted, i);
      CalJdSkill *shown = g_hash_table_lookup (cv_skills, skill->id);

      if (shown != NULL)
        {
          CalCvSkillMatch *m = g_new0 (CalCvSkillMatch, 1);

          m->id = g_strdup (skill->id);
          m->name = g_strdup (skill->name);
          m->required = required;
          m->cv_evidence = g_strdup (shown->evidence);
          g_ptr_array_add (report->matched, m);
        }
      else
        {
          CalCvGap *gap = g_new0 (CalCvGap, 1);

          gap->id = g_strdup (skill->id);
          gap->name = g_strdup (skill->name);
          gap->required = required;
          gap->jd_evidence = g_strdup (skill->evidence);
          gap->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_jd_question_free);
          add_gap_questions (self, analysis, gap);
          g_ptr_array_add (gaps, gap);
        }
    }
}

/**
 * cal_cv_matcher_match:
 * @self: a matcher
 * @cv_text: the CV as plain text
 * @analysis: the analysed JD
 * @error: return location for a #GError
 *
 * Lists the JD's skills the CV shows (with the CV line as evidence) and the
 * ones it does not, each with the questions likely to probe it.
 * Deterministic: skills keep the JD's order, required ones first.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CalCvGapReport *
cal_cv_matcher_match (CalCvMatcher   *self,
                      const char     *cv_text,
                      CalJdAnalysis  *analysis,
                      GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) cv_skills = g_hash_table_new (g_str_hash, g_str_equal);
  CalCvGapReport *report;

  g_return_val_if_fail (CAL_IS_CV_MATCHER (self), NULL);
  g_return_val_if_fail (cv_text != NULL, NULL);
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (analysis), NULL);

  if (!g_utf8_validate (cv_text, -1, NULL))
    {
      g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_INVALID,
                   _("The CV is not valid UTF-8 text. Save it as UTF-8 or PDF and import it again."));
      return NULL;
    }
  {
    g_autofree char *stripped = g_strstrip (g_strdup (cv_text));
    if (*stripped == '\0')
      {
        g_set_error (error, CAL_JD_ERROR, CAL_JD_ERROR_EMPTY,
                     _("The CV is empty. Import the CV file again."));
        return NULL;
      }
  }

  found = cal_jd_analyzer_find_skills (self->analyzer, cv_text);
  for (guint i = 0; i < found->len; i++)
    {
      CalJdSkill *s = g_ptr_array_index (found, i);
      g_hash_table_insert (cv_skills, s->id, s);
    }

  report = g_new0 (CalCvGapReport, 1);
  report->matched = g_ptr_array_new_with_free_func ((GDestroyNotify) skill_match_free);
  report->missing = g_ptr_array_new_with_free_func ((GDestroyNotify) gap_free);
  match_list (self, analysis, analysis->required_skills, TRUE, cv_skills, report, report->missing);
  match_list (self, analysis, analysis->preferred_skills, FALSE, cv_skills, report, report->missing);
  return report;
}

/**
 * cal_cv_gap_report_to_json:
 * @report: a report
 *
 * Returns: (transfer full): `{"matched": [{id, name, required, evidence}],
 *   "missing": [{id, name, required, jd_evidence, questions: [{text, round,
 *   competency, why}]}]}`
 */
JsonNode *
cal_cv_gap_report_to_json (CalCvGapReport *report)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "matched");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->matched->len; i++)
    {
      CalCvSkillMatch *m = g_ptr_array_index (report->matched, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, m->id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, m->name);
      json_builder_set_member_name (b, "required");
      json_builder_add_boolean_value (b, m->required);
      json_builder_set_member_name (b, "evidence");
      json_builder_add_string_value (b, m->cv_evidence != NULL ? m->cv_evidence : "");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "missing");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->missing->len; i++)
    {
      CalCvGap *g = g_ptr_array_index (report->missing, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, g->id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, g->name);
      json_builder_set_member_name (b, "required");
      json_builder_add_boolean_value (b, g->required);
      json_builder_set_member_name (b, "jd_evidence");
      json_builder_add_string_value (b, g->jd_evidence != NULL ? g->jd_evidence : "");
      json_builder_set_member_name (b, "questions");
      json_builder_begin_array (b);
      for (guint j = 0; j < g->questions->len; j++)
        {
          CalJdQuestion *q = g_ptr_array_index (g->questions, j);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "text");
          json_builder_add_string_value (b, q->text);
          json_builder_set_member_name (b, "round");
          json_builder_add_string_value (b, q->round != NULL ? q->round : "");
          json_builder_set_member_name (b, "competency");
          json_builder_add_string_value (b, q->competency != NULL ? q->competency : "");
          json_builder_set_member_name (b, "why");
          json_builder_add_string_value (b, q->why != NULL ? q->why : "");
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
