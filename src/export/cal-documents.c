/* cal-documents.c: the three exported documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-documents"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cal-catalog.h"
#include "cal-plan-item.h"
#include "cal-documents.h"

/* Each document is built on the caller's thread into a CalPdfWriter, which
 * copies every string it is given; only layout and rendering run in the
 * worker. Model objects are not thread safe, so they never leave the
 * thread that owns them. */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) now = NULL;

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  /* Translators: the date in document subtitles, see g_date_time_format() */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* "Staff Engineer · Acme · 3 May 2026", skipping what is unknown. */
static char *
join_subtitle (const char *first,
               ...)
{
  GString *line = g_string_new (NULL);
  const char *part = first;
  va_list args;

  va_start (args, first);
  for (; part != (const char *) 1; part = va_arg (args, const char *))
    {
      if (!is_set (part))
        continue;
      if (line->len > 0)
        g_string_append (line, " · ");
      g_string_append (line, part);
    }
  va_end (args);

  return g_string_free (line, FALSE);
}

#define END_OF_PARTS ((const char *) 1)

static const char *
level_name (const char *level_id)
{
  const CalCatalogLevel *level;

  if (!is_set (level_id))
    return NULL;
  level = cal_catalog_get_level (cal_catalog_get_default (), level_id);
  return level != NULL ? level->name : level_id;
}

static const char *
author_name (void)
{
  const char *name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  if (!is_set (name) || g_str_equal (name, "Unknown"))
    return NULL;
  return name;
}

typedef struct
{
  CalPdfWriter *writer;
  char         *path;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->writer);
  g_free (export->path);
  g_free (export);
}

static void
on_writer_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (cal_pdf_writer_save_finish (CAL_PDF_WRITER (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Takes @writer, or the build @error when it is NULL. */
static void
export_writer (CalPdfWriter        *writer,
               GError              *error,
               gpointer             source_tag,
               const char          *path,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  ExportData *export = g_new0 (ExportData, 1);

  g_task_set_source_tag (task, source_tag);
  g_task_set_check_cancellable (task, FALSE);
  export->writer = writer;
  export->path = g_strdup (path);
  g_task_set_task_data (task, export, export_data_free);

  if (writer == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  cal_pdf_writer_save_async (writer, path, cancellable, on_writer_saved, task);
}

static gboolean
export_finish (GAsyncResult  *result,
               gpointer       source_tag,
               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------------
 * The 90-day plan
 * ------------------------------------------------------------------------ */

static const struct
{
  const char *id;
  const char *name;
  const char *days;
  const char *intent;
} phases[] = {
  { "learn", N_("Learn"), N_("Days 1–30"),
    N_("Listen, map the product and the people, and earn the context to judge well.") },
  { "diagnose", N_("Diagnose"), N_("Days 31–60"),
    N_("Turn what was learned into a short list of problems worth solving, agreed with the people who own them.") },
  { "act", N_("Act"), N_("Days 61–90"),
    N_("Ship the first improvements and show their effect in numbers.") },
};

static void
add_plan_item (CalPdfWriter *writer,
               CalPlanItem  *item)
{
  g_autofree char *badge = NULL;
  g_autofree char *why = NULL;
  int priority = cal_plan_item_get_priority (item);

  badge = g_strdup_printf ("P%d", CLAMP (priority, 1, 3));
  cal_pdf_writer_add_item (writer, badge, cal_plan_item_get_title (item));
  cal_pdf_writer_push_indent (writer);

  if (is_set (cal_plan_item_get_detail (item)))
    cal_pdf_writer_add_paragraph (writer, cal_plan_item_get_detail (item));
  if (is_set (cal_plan_item_get_rationale (item)))
    {
      /* Translators: the rationale of a plan item */
      why = g_strdup_printf (_("Why: %s"), cal_plan_item_get_rationale (item));
      cal_pdf_writer_add_note (writer, why);
    }
  if (is_set (cal_plan_item_get_stakeholder (item)))
    cal_pdf_writer_add_key_value (writer, _("Stakeholders"), cal_plan_item_get_stakeholder (item));
  if (is_set (cal_plan_item_get_product_area (item)))
    cal_pdf_writer_add_key_value (writer, _("Product area"), cal_plan_item_get_product_area (item));
  if (is_set (cal_plan_item_get_outcome (item)))
    cal_pdf_writer_add_key_value (writer, _("Measurable outcome"), cal_plan_item_get_outcome (item));
  if (is_set (cal_plan_item_get_source_phrase (item)))
    {
      /* Translators: the job-description sentence a plan item answers */
      g_autofree char *source = g_strdup_printf (_("From the job description: “%s”"),
                                                 cal_plan_item_get_source_phrase (item));
      cal_pdf_writer_add_note (writer, source);
    }

  cal_pdf_writer_pop_indent (writer);
}

/**
 * cal_plan_document_new:
 * @plan: the plan
 * @items: a #GListModel of #CalPlanItem, in store order (phase, position)
 * @job: (nullable): the job the plan is for, for the role and company
 * @date: (nullable): the date printed and stored; %NULL for now
 * @page_size: A4 or US Letter
 *
 * Builds the 90-day plan: the three phases, each item with its priority,
 * detail, rationale, stakeholders, product area and measurable outcome.
 *
 * Returns: (transfer full): a writer ready to save
 */
CalPdfWriter *
cal_plan_document_new (CalPlan     *plan,
                       GListModel  *items,
                       CalJob      *job,
                       GDateTime   *date,
                       CalPageSize  page_size)
{
  CalPdfWriter *writer;
  g_autofree char *date_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *header = NULL;
  const char *title;
  const char *role = NULL;
  const char *company = NULL;
  guint n_items;
  gboolean *printed;

  g_return_val_if_fail (CAL_IS_PLAN (plan), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (job == NULL || CAL_IS_JOB (job), NULL);

  writer = cal_pdf_writer_new (page_size);
  title = is_set (cal_plan_get_title (plan)) ? cal_plan_get_title (plan) : _("First 90 days");
  if (job != NULL)
    {
      role = cal_job_get_title (job);
      company = cal_job_get_company (job);
    }

  date_text = format_date (date);
  subtitle = join_subtitle (role, company, date_text, END_OF_PARTS);
  if (is_set (role) && is_set (company))
    subject = g_strdup_printf (_("A first-90-days plan for %s at %s"), role, company);
  else
    subject = g_strdup (_("A first-90-days plan"));
  header = join_subtitle (title, company, END_OF_PARTS);

  cal_pdf_writer_set_metadata (writer, title, author_name (), subject);
  cal_pdf_writer_set_creation_date (writer, date);
  cal_pdf_writer_set_header_title (writer, header);
  cal_pdf_writer_add_title (writer, title, subtitle);
  cal_pdf_writer_add_note (writer, _("Three phases — learn, diagnose, act. Every item carries a priority, "
                                     "P1 first, and the reason it is on the list."));

  n_items = g_list_model_get_n_items (items);
  printed = g_new0 (gboolean, MAX (n_items, 1));

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      g_autofree char *heading = g_strdup_printf ("%s · %s", _(phases[p].name), _(phases[p].days));
      gboolean any = FALSE;

      cal_pdf_writer_add_heading (writer, heading);
      cal_pdf_writer_add_note (writer, _(phases[p].intent));

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);

          if (g_strcmp0 (cal_plan_item_get_phase (item), phases[p].id) != 0)
            continue;
          add_plan_item (writer, item);
          printed[i] = TRUE;
          any = TRUE;
        }

      if (!any)
        cal_pdf_writer_add_paragraph (writer, _("Nothing planned for this phase yet."));
    }

  /* Items with a phase this version does not know are still printed:
   * an export never drops what the user wrote. */
  for (guint i = 0, other = 0; i < n_items; i++)
    {
      g_autoptr(CalPlanItem) item = NULL;

      if (printed[i])
        continue;
      if (other++ == 0)
        cal_pdf_writer_add_heading (writer, _("Other items"));
      item = g_list_model_get_item (items, i);
      add_plan_item (writer, item);
    }

  g_free (printed);

  return writer;
}

/**
 * cal_plan_document_export_async:
 * @plan: the plan
 * @items: a #GListModel of #CalPlanItem
 * @job: (nullable): the job the plan is for
 * @page_size: A4 or US Letter
 * @path: the PDF to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written or the export failed
 * @user_data: data for @callback
 *
 * Builds the plan document now and renders it in a worker thread.
 */
void
cal_plan_document_export_async (CalPlan             *plan,
                                GListModel          *items,
                                CalJob              *job,
                                CalPageSize          page_size,
                                const char          *path,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (CAL_IS_PLAN (plan));
  g_return_if_fail (G_IS_LIST_MODEL (items));
  g_return_if_fail (path != NULL);

  export_writer (cal_plan_document_new (plan, items, job, NULL, page_size), NULL,
                 cal_plan_document_export_async, path, cancellable, callback, user_data);
}

/**
 * cal_plan_document_export_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError in %CAL_EXPORT_ERROR
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
cal_plan_document_export_finish (GAsyncResult  *result,
                                 GError       **error)
{
  return export_finish (result, cal_plan_document_export_async, error);
}

/* ------------------------------------------------------------------------
 * The story bank
 * ------------------------------------------------------------------------ */

/**
 * cal_stories_document_new:
 * @stories: a #GListModel of #CalStory with their STAR text loaded
 * @filter_label: (nullable): what the list was filtered by, e.g. "Tag: conflict"
 * @verdict_func: (nullable) (scope call): the calibration verdict of each story
 * @verdict_data: data for @verdict_func
 * @date: (nullable): the date printed and stored; %NULL for now
 * @page_size: A4 or US Letter
 *
 * Builds the story bank: each story in STAR form with its target level,
 * tags and, when @verdict_func gives one, its calibration verdict.
 *
 * Returns: (transfer full): a writer ready to save
 */
CalPdfWriter *
cal_stories_document_new (GListModel          *stories,
                          const char          *filter_label,
                          CalStoryVerdictFunc  verdict_func,
                          gpointer             verdict_data,
                          GDateTime           *date,
                          CalPageSize          page_size)
{
  CalPdfWriter *writer;
  g_autofree char *date_text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;
  guint n_stories;

  g_return_val_if_fail (G_IS_LIST_MODEL (stories), NULL);

  writer = cal_pdf_writer_new (page_size);
  n_stories = g_list_model_get_n_items (stories);
  date_text = format_date (date);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u story", "%u stories", n_stories), n_stories);
  subtitle = join_subtitle (filter_label, count, date_text, END_OF_PARTS);

  cal_pdf_writer_set_metadata (writer, _("Story bank"), author_name (),
                               is_set (filter_label) ? filter_label : _("Interview stories in STAR form"));
  cal_pdf_writer_set_creation_date (writer, date);
  cal_pdf_writer_set_header_title (writer, _("Story bank"));
  cal_pdf_writer_add_title (writer, _("Story bank"), subtitle);

  if (n_stories == 0)
    cal_pdf_writer_add_paragraph (writer, _("No stories match this selection. Write a story, or export without a filter."));

  for (guint i = 0; i < n_stories; i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (stories, i);
      const char * const *tags = cal_story_get_tags (story);
      const char *level = level_name (cal_story_get_target_level (story));
      g_autofree char *verdict = NULL;
      g_autofree char *tag_text = NULL;
      const struct { const char *label; const char *text; } parts[] = {
        { _("Situation"), cal_story_get_situation (story) },
        { _("Task"), cal_story_get_task (story) },
        { _("Action"), cal_story_get_action (story) },
        { _("Result"), cal_story_get_result (story) },
      };

      cal_pdf_writer_add_heading (writer, is_set (cal_story_get_title (story))
                                          ? cal_story_get_title (story) : _("Untitled story"));

      if (level != NULL)
        cal_pdf_writer_add_key_value (writer, _("Target level"), level);
      if (tags != NULL && tags[0] != NULL)
        {
          tag_text = g_strjoinv (", ", (char **) tags);
          cal_pdf_writer_add_key_value (writer, _("Tags"), tag_text);
        }
      if (verdict_func != NULL && (verdict = verdict_func (story, verdict_data)) != NULL)
        cal_pdf_writer_add_key_value (writer, _("Calibration"), verdict);

      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        {
          cal_pdf_writer_add_subheading (writer, parts[p].label);
          if (is_set (parts[p].text))
            cal_pdf_writer_add_paragraph (writer, parts[p].text);
          else
            cal_pdf_writer_add_note (writer, _("Not written yet."));
        }
    }

  return writer;
}

/**
 * cal_stories_document_export_async:
 * @stories: a #GListModel of #CalStory with their STAR text loaded
 * @filter_label: (nullable): what the list was filtered by
 * @verdict_func: (nullable) (scope call): the calibration verdict of each story
 * @verdict_data: data for @verdict_func
 * @page_size: A4 or US Letter
 * @path: the PDF to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written or the export failed
 * @user_data: data for @callback
 *
 * Builds the story bank now, on this thread (so @verdict_func runs here),
 * and renders it in a worker thread.
 */
void
cal_stories_document_export_async (GListModel          *stories,
                                   const char          *filter_label,
                                   CalStoryVerdictFunc  verdict_func,
                                   gpointer             verdict_data,
                                   CalPageSize          page_size,
                                   const char          *path,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (G_IS_LIST_MODEL (stories));
  g_return_if_fail (path != NULL);

  export_writer (cal_stories_document_new (stories, filter_label, verdict_func, verdict_data, NULL, page_size),
                 NULL, cal_stories_document_export_async, path, cancellable, callback, user_data);
}

/**
 * cal_stories_document_export_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError in %CAL_EXPORT_ERROR
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
cal_stories_document_export_finish (GAsyncResult  *result,
                                    GError       **error)
{
  return export_finish (result, cal_stories_document_export_async, error);
}

/* ------------------------------------------------------------------------
 * The loop prep sheet
 * ------------------------------------------------------------------------ */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;
  node = json_object_get_member (object, name);
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Analyses come from disk and older versions: a malformed element is
 * skipped, never a reason to fail the whole sheet. */
static JsonObject *
array_object (JsonArray *array,
              guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static int
loop_minutes (GPtrArray  *loop,
              const char *kind)
{
  for (guint i = 0; loop != NULL && i < loop->len; i++)
    {
      const CalCatalogLoopRound *round = g_ptr_array_index (loop, i);

      if (g_strcmp0 (round->kind, kind) == 0)
        return round->minutes;
    }
  return 0;
}

/* Questions a candidate can ask each kind of interviewer. They are asked
 * to learn, not to impress: each one brings back something the candidate
 * needs to decide about the offer. */
static const struct
{
  const char *kind;
  const char *question;
} round_questions[] = {
  { "recruiter-screen", N_("What does the rest of the loop look like, and who will I meet in each round?") },
  { "recruiter-screen", N_("What is the budgeted range for this role, and how is the level decided?") },
  { "hiring-manager", N_("What would make you say, a year from now, that hiring for this role went well?") },
  { "hiring-manager", N_("What is the hardest problem the team has not solved yet, and why not?") },
  { "coding", N_("How does the team review code, and how long does a change take to reach production?") },
  { "technical-screen", N_("Which parts of the stack would I touch in my first month?") },
  { "system-design", N_("Which part of the current architecture would you change first if you could?") },
  { "technical-deep-dive", N_("Where does the team carry the most technical debt, and how is paying it down decided?") },
  { "behavioural", N_("Tell me about a disagreement on the team and how it was settled.") },
  { "leadership", N_("How are priorities set across teams, and who breaks a tie?") },
  { "cross-functional", N_("How do product, design and engineering share decisions here?") },
  { "people-management", N_("How are promotions decided, and how many happened on the team last year?") },
  { "strategy", N_("Which bet for next year are you least sure about?") },
};

static void
add_question (CalPdfWriter *writer,
              JsonObject   *question,
              GHashTable   *mapped_stories)
{
  const char *text = member_string (question, "text");
  const char *why = member_string (question, "why");
  GPtrArray *stories = NULL;

  if (!is_set (text))
    return;

  cal_pdf_writer_add_bullet (writer, NULL, text);
  cal_pdf_writer_push_indent (writer);
  if (is_set (why))
    {
      g_autofree char *line = g_strdup_printf (_("Why: %s"), why);
      cal_pdf_writer_add_note (writer, line);
    }

  if (mapped_stories != NULL)
    stories = g_hash_table_lookup (mapped_stories, text);
  if (stories != NULL && stories->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < stories->len; i++)
        {
          if (i > 0)
            g_string_append (list, "; ");
          g_string_append (list, g_ptr_array_index (stories, i));
        }
      cal_pdf_writer_add_key_value (writer, _("Stories"), list->str);
    }
  else
    {
      cal_pdf_writer_add_key_value (writer, _("Stories"), _("None yet — write or link one before the loop."));
    }
  cal_pdf_writer_pop_indent (writer);
}

/**
 * cal_prep_document_new:
 * @job: the job, with its stored analysis (the `jd analyze` JSON)
 * @mapped_stories: (nullable) (element-type utf8 GPtrArray): question text →
 *   #GPtrArray of the titles of the stories linked to it
 * @gaps: (nullable) (array zero-terminated=1): the skills the CV does not
 *   show; %NULL when no CV was compared, which prints the required skills
 * @date: (nullable): the date printed and stored; %NULL for now
 * @page_size: A4 or US Letter
 * @error: return location for a #GError
 *
 * Builds the prep sheet for one loop: the rounds with their length and
 * what each tests, the predicted questions of each round with the stories
 * mapped to them, the skill gaps, and questions to ask the interviewers.
 *
 * Returns: (transfer full): a writer ready to save, or %NULL when the job
 *   has no usable analysis
 */
CalPdfWriter *
cal_prep_document_new (CalJob             *job,
                       GHashTable         *mapped_stories,
                       const char * const *gaps,
                       GDateTime          *date,
                       CalPageSize         page_size,
                       GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GHashTable) seen_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) printed = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *date_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *subject = NULL;
  CalCatalog *catalog = cal_catalog_get_default ();
  CalPdfWriter *writer;
  JsonObject *analysis;
  JsonObject *skills;
  JsonArray *rounds;
  JsonArray *questions;
  JsonArray *areas;
  GPtrArray *loop;
  const char *track;
  const char *level;
  const char *role;
  const char *company;
  guint n_asked = 0;

  g_return_val_if_fail (CAL_IS_JOB (job), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!is_set (cal_job_get_analysis (job)) ||
      !json_parser_load_from_data (parser, cal_job_get_analysis (job), -1, &parse_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_EMPTY,
                   _("This job has no readable analysis, so there is no loop to prepare for. "
                     "Analyse the job description again, then export."));
      return NULL;
    }

  analysis = json_node_get_object (json_parser_get_root (parser));
  rounds = member_array (analysis, "rounds");
  questions = member_array (analysis, "questions");
  areas = member_array (analysis, "product_areas");
  skills = json_object_has_member (analysis, "skills") &&
           JSON_NODE_HOLDS_OBJECT (json_object_get_member (analysis, "skills"))
           ? json_object_get_object_member (analysis, "skills") : NULL;

  role = is_set (cal_job_get_title (job)) ? cal_job_get_title (job) : member_string (analysis, "title");
  company = is_set (cal_job_get_company (job)) ? cal_job_get_company (job) : member_string (analysis, "company");
  track = is_set (cal_job_get_track (job)) ? cal_job_get_track (job) : member_string (analysis, "track");
  level = is_set (cal_job_get_level (job)) ? cal_job_get_level (job) : member_string (analysis, "level");
  loop = cal_catalog_get_loop (catalog, track, cal_catalog_get_band_for_level (catalog, level));

  writer = cal_pdf_writer_new (page_size);
  date_text = format_date (date);
  title = is_set (role) ? g_strdup_printf (_("Loop prep: %s"), role) : g_strdup (_("Loop prep"));
  subtitle = join_subtitle (company, level_name (level), date_text, END_OF_PARTS);
  subject = is_set (company) ? g_strdup_printf (_("Interview preparation for %s"), company)
                             : g_strdup (_("Interview preparation"));

  cal_pdf_writer_set_metadata (writer, title, author_name (), subject);
  cal_pdf_writer_set_creation_date (writer, date);
  cal_pdf_writer_set_header_title (writer, title);
  cal_pdf_writer_add_title (writer, title, subtitle);

  /* The loop at a glance. */
  cal_pdf_writer_add_heading (writer, _("The loop"));
  if (rounds == NULL || json_array_get_length (rounds) == 0)
    {
      cal_pdf_writer_add_paragraph (writer, _("The job description names no rounds. Ask the recruiter for the exact breakdown."));
    }
  else
    {
      const char *headers[] = { _("Round"), _("Minutes"), _("What it tests"), NULL };

      cal_pdf_writer_begin_table (writer, 3, (double[]) { 3, 1.2, 6 }, headers);
      for (guint i = 0; i < json_array_get_length (rounds); i++)
        {
          JsonObject *round = array_object (rounds, i);
          const char *kind = member_string (round, "kind");
          const char *round_title = member_string (round, "title");
          const char *why = member_string (round, "why");
          const CalCatalogRoundKind *kind_info = kind != NULL ? cal_catalog_get_round_kind (catalog, kind) : NULL;
          int minutes = loop_minutes (loop, kind);
          g_autofree char *minutes_text = minutes > 0 ? g_strdup_printf ("%d", minutes) : g_strdup ("—");
          g_autofree char *tests = NULL;
          const char *cells[4];

          if (round == NULL)
            continue;
          if (kind_info != NULL && is_set (why))
            tests = g_strdup_printf ("%s %s", kind_info->tests, why);
          else
            tests = g_strdup (kind_info != NULL ? kind_info->tests : is_set (why) ? why : "");

          cells[0] = is_set (round_title) ? round_title : kind_info != NULL ? kind_info->name : kind;
          cells[1] = minutes_text;
          cells[2] = tests;
          cells[3] = NULL;
          cal_pdf_writer_add_table_row (writer, cells);
        }
      cal_pdf_writer_end_table (writer);
    }

  /* Predicted questions, grouped under the round they belong to. */
  cal_pdf_writer_add_heading (writer, _("Predicted questions"));
  if (questions == NULL || json_array_get_length (questions) == 0)
    cal_pdf_writer_add_paragraph (writer, _("No questions were predicted for this job."));

  for (guint r = 0; rounds != NULL && questions != NULL && r < json_array_get_length (rounds); r++)
    {
      JsonObject *round = array_object (rounds, r);
      const char *kind = member_string (round, "kind");
      const char *round_title = member_string (round, "title");
      gboolean heading_added = FALSE;

      /* A loop may hold two rounds of one kind; their questions are
       * listed once, under the first. */
      if (kind == NULL || g_hash_table_contains (seen_kinds, kind))
        continue;
      g_hash_table_add (seen_kinds, (gpointer) kind);

      for (guint q = 0; q < json_array_get_length (questions); q++)
        {
          JsonObject *question = array_object (questions, q);

          if (question == NULL || g_strcmp0 (member_string (question, "round"), kind) != 0)
            continue;
          if (!heading_added)
            {
              cal_pdf_writer_add_subheading (writer, is_set (round_title) ? round_title : kind);
              heading_added = TRUE;
            }
          add_question (writer, question, mapped_stories);
          g_hash_table_add (printed, question);
        }
    }

  for (guint q = 0, other = 0; questions != NULL && q < json_array_get_length (questions); q++)
    {
      JsonObject *question = array_object (questions, q);

      if (question == NULL || g_hash_table_contains (printed, question))
        continue;
      if (other++ == 0)
        cal_pdf_writer_add_subheading (writer, _("Any round"));
      add_question (writer, question, mapped_stories);
    }

  /* Gaps: what an interviewer will probe. */
  cal_pdf_writer_add_heading (writer, _("Skill gaps"));
  if (gaps != NULL)
    {
      if (gaps[0] == NULL)
        cal_pdf_writer_add_paragraph (writer, _("Your CV shows every required skill. Prepare one example per skill anyway."));
      else
        cal_pdf_writer_add_note (writer, _("Required skills your CV does not show. Expect probing here; "
                                           "prepare an honest answer and an example of learning fast."));
      for (guint i = 0; gaps[i] != NULL; i++)
        cal_pdf_writer_add_bullet (writer, NULL, gaps[i]);
    }
  else
    {
      JsonArray *required = skills != NULL ? member_array (skills, "required") : NULL;

      cal_pdf_writer_add_note (writer, _("No CV was compared. These are the required skills; "
                                         "make sure each has an example in your stories."));
      for (guint i = 0; required != NULL && i < json_array_get_length (required); i++)
        {
          JsonNode *node = json_array_get_element (required, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            cal_pdf_writer_add_bullet (writer, _("Required"), json_node_get_string (node));
        }
    }

  /* Questions to ask, in loop order. */
  cal_pdf_writer_add_heading (writer, _("Questions to ask"));
  g_hash_table_remove_all (seen_kinds);
  for (guint r = 0; rounds != NULL && r < json_array_get_length (rounds); r++)
    {
      JsonObject *round = array_object (rounds, r);
      const char *kind = member_string (round, "kind");

      if (kind == NULL || g_hash_table_contains (seen_kinds, kind))
        continue;
      g_hash_table_add (seen_kinds, (gpointer) kind);

      for (guint i = 0; i < G_N_ELEMENTS (round_questions); i++)
        {
          if (!g_str_equal (round_questions[i].kind, kind))
            continue;
          cal_pdf_writer_add_bullet (writer, NULL, _(round_questions[i].question));
          n_asked++;
        }
    }

  for (guint i = 0; areas != NULL && i < json_array_get_length (areas) && i < 3; i++)
    {
      JsonNode *node = json_array_get_element (areas, i);
      g_autofree char *question = NULL;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      /* Translators: %s is a product area named in the job description */
      question = g_strdup_printf (_("How do you measure success in %s today, and what would you like to move?"),
                                  json_node_get_string (node));
      cal_pdf_writer_add_bullet (writer, NULL, question);
      n_asked++;
    }

  if (n_asked == 0)
    cal_pdf_writer_add_bullet (writer, NULL, _("What does a great first six months look like in this role?"));

  return writer;
}

/**
 * cal_prep_document_export_async:
 * @job: the job, with its analysis
 * @mapped_stories: (nullable): question text → #GPtrArray of story titles
 * @gaps: (nullable) (array zero-terminated=1): the skills the CV does not show
 * @page_size: A4 or US Letter
 * @path: the PDF to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written or the export failed
 * @user_data: data for @callback
 *
 * Builds the prep sheet now and renders it in a worker thread.
 */
void
cal_prep_document_export_async (CalJob              *job,
                                GHashTable          *mapped_stories,
                                const char * const  *gaps,
                                CalPageSize          page_size,
                                const char          *path,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GError *error = NULL;
  CalPdfWriter *writer;

  g_return_if_fail (CAL_IS_JOB (job));
  g_return_if_fail (path != NULL);

  writer = cal_prep_document_new (job, mapped_stories, gaps, NULL, page_size, &error);
  export_writer (writer, error, cal_prep_document_export_async, path, cancellable, callback, user_data);
}

/**
 * cal_prep_document_export_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError in %CAL_EXPORT_ERROR
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
cal_prep_document_export_finish (GAsyncResult  *result,
                                 GError       **error)
{
  return export_finish (result, cal_prep_document_export_async, error);
}
