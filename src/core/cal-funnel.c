/* cal-funnel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-funnel"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include <json-glib/json-glib.h>

#include "cal-funnel.h"

G_DEFINE_QUARK (cal-funnel-error-quark, cal_funnel_error)

static const char * const stages[CAL_FUNNEL_N_STAGES + 1] = {
  "saved", "applied", "recruiter-screen", "interviewing", "final-round",
  "offer", "accepted", NULL
};

static const char * const outcomes[CAL_FUNNEL_N_OUTCOMES + 1] = {
  "rejected", "withdrawn", "ghosted", "declined-offer", NULL
};

static const char * const round_statuses[] = {
  "scheduled", "done", "feedback", NULL
};

#define REMINDERS_FILE "funnel-reminders.ini"
#define REMINDERS_GROUP "reminded"

/**
 * cal_funnel_get_stages:
 *
 * Returns: (transfer none): the stage ids, in order, %NULL-terminated
 */
const char * const *
cal_funnel_get_stages (void)
{
  return stages;
}

/**
 * cal_funnel_get_outcomes:
 *
 * Returns: (transfer none): the outcome ids, %NULL-terminated
 */
const char * const *
cal_funnel_get_outcomes (void)
{
  return outcomes;
}

/**
 * cal_funnel_stage_index:
 * @stage: a stage id
 *
 * Returns: the position of @stage, or -1 if it is not a stage
 */
int
cal_funnel_stage_index (const char *stage)
{
  for (int i = 0; stage != NULL && stages[i] != NULL; i++)
    if (g_str_equal (stages[i], stage))
      return i;
  return -1;
}

gboolean
cal_funnel_is_outcome (const char *outcome)
{
  return outcome != NULL && g_strv_contains (outcomes, outcome);
}

gboolean
cal_funnel_is_round_status (const char *status)
{
  return status != NULL && g_strv_contains (round_statuses, status);
}

/**
 * cal_funnel_stage_label:
 * @stage: a stage id
 *
 * Returns: the translated name of @stage, or @stage itself if unknown
 */
const char *
cal_funnel_stage_label (const char *stage)
{
  static const char * const labels[] = {
    N_("Saved"), N_("Applied"), N_("Recruiter Screen"), N_("Interviewing"),
    N_("Final Round"), N_("Offer"), N_("Accepted"),
  };
  int i = cal_funnel_stage_index (stage);

  return i >= 0 ? _(labels[i]) : stage;
}

/**
 * cal_funnel_outcome_label:
 * @outcome: an outcome id
 *
 * Returns: the translated name of @outcome, or @outcome itself if unknown
 */
const char *
cal_funnel_outcome_label (const char *outcome)
{
  static const char * const labels[] = {
    N_("Rejected"), N_("Withdrawn"), N_("Ghosted"), N_("Declined Offer"),
  };

  for (guint i = 0; outcomes[i] != NULL; i++)
    if (g_strcmp0 (outcomes[i], outcome) == 0)
      return _(labels[i]);
  return outcome;
}

const char *
cal_funnel_round_status_label (const char *status)
{
  static const char * const labels[] = {
    N_("Scheduled"), N_("Done"), N_("Feedback"),
  };

  for (guint i = 0; round_statuses[i] != NULL; i++)
    if (g_strcmp0 (round_statuses[i], status) == 0)
      return _(labels[i]);
  return status;
}

/**
 * cal_funnel_is_live:
 * @process: a #CalProcess
 *
 * Returns: whether @process is still going: no outcome, not accepted
 */
gboolean
cal_funnel_is_live (CalProcess *process)
{
  g_return_val_if_fail (CAL_IS_PROCESS (process), FALSE);

  return *cal_process_get_outcome (process) == '\0' &&
         g_strcmp0 (cal_process_get_stage (process), "accepted") != 0;
}

/**
 * cal_funnel_parse_day:
 * @text: a day as `YYYY-MM-DD` (anything after the day, such as a time,
 *   is ignored)
 * @date: (out): the day
 *
 * Returns: whether @text held a valid day
 */
gboolean
cal_funnel_parse_day (const char *text,
                      GDate      *date)
{
  guint y, m, d;
  char tail;

  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  tail = text[10];
  if (tail != '\0' && tail != 'T' && tail != ' ')
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
cal_funnel_format_day (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static void
touch (CalProcess  *process,
       const GDate *today)
{
  g_autofree char *day = cal_funnel_format_day (today);

  cal_process_set_last_activity_on (process, day);
}

/* A job whose loop was never edited (e.g. imported from the command line)
 * has its predicted rounds only in the analysis JSON: `rounds[]` with
 * `kind`, `title` and `why`. */
static void
rounds_from_analysis (CalJob     *job,
                      CalProcess *process,
                      GPtrArray  *copies)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *rounds;
  const char *analysis = cal_job_get_analysis (job);

  if (*analysis == '\0' || !json_parser_load_from_data (parser, analysis, -1, NULL))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  root = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (root, "rounds") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "rounds")))
    return;
  rounds = json_object_get_array_member (root, "rounds");

  for (guint i = 0; i < json_array_get_length (rounds); i++)
    {
      JsonNode *node = json_array_get_element (rounds, i);
      JsonObject *r;
      CalRound *copy;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      r = json_node_get_object (node);
      copy = cal_round_new ();
      cal_round_set_process_id (copy, cal_process_get_id (process));
      cal_round_set_position (copy, i);
      cal_round_set_kind (copy, json_object_get_string_member_with_default (r, "kind", ""));
      cal_round_set_title (copy, json_object_get_string_member_with_default (r, "title", ""));
      cal_round_set_notes (copy, json_object_get_string_member_with_default (r, "why", ""));
      cal_round_set_status (copy, "scheduled");
      g_ptr_array_add (copies, copy);
    }
}

/* The job's loop (rounds with the job id and no process) becomes the
 * process's own rounds, so that dates and statuses belong to this attempt
 * and the job's plan stays a template for the next one. */
static gboolean
copy_job_rounds (CalStore    *store,
                 CalJob      *job,
                 CalProcess  *process,
                 GError     **error)
{
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  rounds = cal_store_list_rounds (store, 0, cal_process_get_job_id (process), error);
  if (rounds == NULL)
    return FALSE;

  n = g_list_model_get_n_items (rounds);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalRound) round = g_list_model_get_item (rounds, i);
      CalRound *copy;

      if (cal_round_get_process_id (round) != 0)
        continue;

      copy = cal_round_new ();
      cal_round_set_process_id (copy, cal_process_get_id (process));
      cal_round_set_position (copy, cal_round_get_position (round));
      cal_round_set_kind (copy, cal_round_get_kind (round));
      cal_round_set_title (copy, cal_round_get_title (round));
      cal_round_set_status (copy, "scheduled");
      cal_round_set_notes (copy, cal_round_get_notes (round));
      g_ptr_array_add (copies, copy);
    }

  if (copies->len == 0)
    rounds_from_analysis (job, process, copies);
  if (copies->len == 0)
    return TRUE;

  return cal_store_save_all (store, copies, error);
}

/**
 * cal_funnel_start:
 * @store: a #CalStore
 * @job_id: the job pursued
 * @stage: (nullable): the stage to start in, %NULL for "saved"
 * @today: the day it starts
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the stored process, or %NULL; see
 *   cal_funnel_start_draft()
 */
CalProcess *
cal_funnel_start (CalStore     *store,
                  gint64        job_id,
                  const char   *stage,
                  const GDate  *today,
                  GError      **error)
{
  g_autoptr(CalProcess) draft = cal_process_new ();

  cal_process_set_job_id (draft, job_id);
  cal_process_set_stage (draft, stage != NULL ? stage : "saved");
  return cal_funnel_start_draft (store, draft, today, error);
}

/**
 * cal_funnel_start_draft:
 * @store: a #CalStore
 * @draft: a process not stored yet, with its job id, stage ("" for
 *   "saved") and any of source, recruiter, next step and notes
 * @today: the day it starts
 * @error: return location for a #GError
 *
 * Stores @draft as a new process and copies the job's loop into its
 * rounds. A job has at most one live process. If the rounds cannot be
 * written the process is deleted again, so either both are stored or
 * neither.
 *
 * Returns: (transfer full): @draft, now stored, or %NULL
 */
CalProcess *
cal_funnel_start_draft (CalStore     *store,
                        CalProcess   *draft,
                        const GDate  *today,
                        GError      **error)
{
  g_autoptr(CalJob) job = NULL;
  g_autoptr(GListModel) existing = NULL;
  g_autofree char *day = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *stage;
  gint64 job_id;

  g_return_val_if_fail (CAL_IS_STORE (store), NULL);
  g_return_val_if_fail (CAL_IS_PROCESS (draft) && cal_process_get_id (draft) == 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (*cal_process_get_stage (draft) == '\0')
    cal_process_set_stage (draft, "saved");
  stage = cal_process_get_stage (draft);
  job_id = cal_process_get_job_id (draft);

  if (cal_funnel_stage_index (stage) < 0)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) stages);

      g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_INVALID_STAGE,
                   _("“%s” is not a stage. Use one of: %s."), stage, list);
      return NULL;
    }

  job = cal_store_get_job (store, job_id, error);
  if (job == NULL)
    return NULL;

  existing = cal_store_list_processes (store, job_id, error);
  if (existing == NULL)
    return NULL;
  if (cal_funnel_count_live (existing) > 0)
    {
      g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_DUPLICATE,
                   _("There is already a live process for %s — %s. Open that one, or end it "
                     "before starting again."), cal_job_get_company (job), cal_job_get_title (job));
      return NULL;
    }

  day = cal_funnel_format_day (today);
  cal_process_set_started_on (draft, day);
  cal_process_set_last_activity_on (draft, day);

  if (!cal_store_save_process (store, draft, error))
    return NULL;

  if (!copy_job_rounds (store, job, draft, &local_error))
    {
      cal_store_delete_process (store, cal_process_get_id (draft), NULL);
      cal_process_set_id (draft, 0);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_object_ref (draft);
}

static gboolean
check_stage (const char  *stage,
             GError     **error)
{
  if (cal_funnel_stage_index (stage) >= 0)
    return TRUE;

  {
    g_autofree char *list = g_strjoinv (", ", (char **) stages);

    g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_INVALID_STAGE,
                 _("“%s” is not a stage. Use one of: %s."), stage, list);
  }
  return FALSE;
}

/* Writes @process and, when given, an extra history event in one
 * transaction; on failure the object is put back as it was. */
static gboolean
save_with_event (CalStore    *store,
                 CalProcess  *process,
                 CalProcess  *before,
                 const char  *from,
                 const char  *to,
                 GError     **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (objects, g_object_ref (process));
  if (from != NULL)
    {
      CalProcessEvent *event = cal_process_event_new ();

      cal_process_event_set_process_id (event, cal_process_get_id (process));
      cal_process_event_set_from_stage (event, from);
      cal_process_event_set_to_stage (event, to);
      g_ptr_array_add (objects, event);
    }

  if (cal_store_save_all (store, objects, error))
    return TRUE;

  g_object_set (process,
                "stage", cal_process_get_stage (before),
                "outcome", cal_process_get_outcome (before),
                "ended-on", cal_process_get_ended_on (before),
                "last-activity-on", cal_process_get_last_activity_on (before),
                NULL);
  return FALSE;
}

/**
 * cal_funnel_move:
 * @store: a #CalStore
 * @process: a stored, live process
 * @stage: the new stage id
 * @today: the day of the move
 * @error: return location for a #GError
 *
 * Moves @process to @stage; the store keeps the change in the history.
 * An ended process cannot move: %CAL_FUNNEL_ERROR_ENDED.
 *
 * Returns: whether it moved (moving to the stage it is in is a no-op)
 */
gboolean
cal_funnel_move (CalStore     *store,
                 CalProcess   *process,
                 const char   *stage,
                 const GDate  *today,
                 GError      **error)
{
  g_autoptr(CalProcess) before = NULL;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (CAL_IS_PROCESS (process), FALSE);

  if (!check_stage (stage, error))
    return FALSE;

  if (*cal_process_get_outcome (process) != '\0')
    {
      g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_ENDED,
                   _("This process has ended (%s). Reopen it before changing its stage."),
                   cal_funnel_outcome_label (cal_process_get_outcome (process)));
      return FALSE;
    }

  if (g_str_equal (cal_process_get_stage (process), stage))
    return TRUE;

  before = cal_model_copy (process);
  cal_process_set_stage (process, stage);
  touch (process, today);
  return save_with_event (store, process, before, NULL, NULL, error);
}

/**
 * cal_funnel_end:
 * @store: a #CalStore
 * @process: a stored process without an outcome
 * @outcome: rejected, withdrawn, ghosted or declined-offer
 * @today: the day it ended
 * @error: return location for a #GError
 *
 * Returns: whether it was ended
 */
gboolean
cal_funnel_end (CalStore     *store,
                CalProcess   *process,
                const char   *outcome,
                const GDate  *today,
                GError      **error)
{
  g_autoptr(CalProcess) before = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (CAL_IS_PROCESS (process), FALSE);

  if (!cal_funnel_is_outcome (outcome))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) outcomes);

      g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_INVALID_OUTCOME,
                   _("“%s” is not an outcome. Use one of: %s."), outcome, list);
      return FALSE;
    }

  if (*cal_process_get_outcome (process) != '\0')
    {
      g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_ENDED,
                   _("This process has already ended (%s). Reopen it first."),
                   cal_funnel_outcome_label (cal_process_get_outcome (process)));
      return FALSE;
    }

  before = cal_model_copy (process);
  day = cal_funnel_format_day (today);
  cal_process_set_outcome (process, outcome);
  cal_process_set_ended_on (process, day);
  touch (process, today);
  return save_with_event (store, process, before, cal_process_get_stage (process), outcome, error);
}

/**
 * cal_funnel_reopen:
 * @store: a #CalStore
 * @process: a stored process that has ended
 * @today: the day it was reopened
 * @error: return location for a #GError
 *
 * Clears the outcome; the process continues in the stage it ended in.
 *
 * Returns: whether it was reopened
 */
gboolean
cal_funnel_reopen (CalStore     *store,
                   CalProcess   *process,
                   const GDate  *today,
                   GError      **error)
{
  g_autoptr(CalProcess) before = NULL;
  g_autofree char *outcome = NULL;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);
  g_return_val_if_fail (CAL_IS_PROCESS (process), FALSE);

  if (*cal_process_get_outcome (process) == '\0')
    {
      g_set_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_NOT_ENDED,
                   _("This process has not ended, so there is nothing to reopen."));
      return FALSE;
    }

  before = cal_model_copy (process);
  outcome = g_strdup (cal_process_get_outcome (process));
  cal_process_set_outcome (process, NULL);
  cal_process_set_ended_on (process, NULL);
  touch (process, today);
  return save_with_event (store, process, before, outcome, cal_process_get_stage (process), error);
}

/**
 * cal_funnel_days_since_activity:
 * @process: a #CalProcess
 * @today: the day to count to
 *
 * The last activity is the last move, end, reopen or round update; a
 * process that never had one counts from the day it started.
 *
 * Returns: whole days since the last activity, or -1 if no day is known
 */
int
cal_funnel_days_since_activity (CalProcess  *process,
                                const GDate *today)
{
  GDate last;

  g_return_val_if_fail (CAL_IS_PROCESS (process), -1);

  if (!cal_funnel_parse_day (cal_process_get_last_activity_on (process), &last) &&
      !cal_funnel_parse_day (cal_process_get_started_on (process), &last))
    return -1;

  return g_date_days_between (&last, today);
}

/**
 * cal_funnel_is_quiet:
 * @process: a #CalProcess
 * @today: the day to judge on
 * @quiet_days: the setting `quiet-process-days`
 *
 * Returns: whether @process is live and has had no activity for at least
 *   @quiet_days days, so a follow-up is worth suggesting
 */
gboolean
cal_funnel_is_quiet (CalProcess  *process,
                     const GDate *today,
                     guint        quiet_days)
{
  int days;

  g_return_val_if_fail (CAL_IS_PROCESS (process), FALSE);

  if (!cal_funnel_is_live (process) || quiet_days == 0)
    return FALSE;
  /* "Saved" is a bookmark, not a conversation: nobody owes a reply. */
  if (g_str_equal (cal_process_get_stage (process), "saved"))
    return FALSE;

  days = cal_funnel_days_since_activity (process, today);
  return days >= 0 && (guint) days >= quiet_days;
}

guint
cal_funnel_count_live (GListModel *processes)
{
  guint n = g_list_model_get_n_items (processes);
  guint live = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalProcess) p = g_list_model_get_item (processes, i);

      if (cal_funnel_is_live (p))
        live++;
    }

  return live;
}

/**
 * cal_funnel_needs_more_options:
 * @processes: all processes
 *
 * Interviewing from options: with one process or none going, every
 * answer weighs too much and there is nothing to negotiate with.
 *
 * Returns: whether fewer than two processes are live
 */
gboolean
cal_funnel_needs_more_options (GListModel *processes)
{
  return cal_funnel_count_live (processes) < 2;
}

/**
 * cal_funnel_next_step_is_due:
 * @process: a #CalProcess
 * @today: the day to judge on
 *
 * Returns: whether a live @process has a next step due today or earlier
 */
gboolean
cal_funnel_next_step_is_due (CalProcess  *process,
                             const GDate *today)
{
  GDate due;

  g_return_val_if_fail (CAL_IS_PROCESS (process), FALSE);

  if (!cal_funnel_is_live (process) || *cal_process_get_next_step (process) == '\0')
    return FALSE;
  if (!cal_funnel_parse_day (cal_process_get_next_step_due (process), &due))
    return FALSE;

  return g_date_compare (&due, today) <= 0;
}

/**
 * cal_funnel_days_in_stage:
 * @process: a #CalProcess
 * @events: (nullable): its history, oldest first
 * @now: the current time
 *
 * Returns: whole days since it entered its current stage (the last event
 *   that moved it there), counting from its start without history
 */
int
cal_funnel_days_in_stage (CalProcess *process,
                          GListModel *events,
                          GDateTime  *now)
{
  gint64 since = 0;
  guint n = events != NULL ? g_list_model_get_n_items (events) : 0;

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(CalProcessEvent) event = g_list_model_get_item (events, i - 1);

      if (g_str_equal (cal_process_event_get_to_stage (event), cal_process_get_stage (process)) &&
          !cal_funnel_is_outcome (cal_process_event_get_from_stage (event)))
        {
          since = cal_process_event_get_created (event);
          break;
        }
    }

  if (since == 0)
    {
      GDate start;

      if (cal_funnel_parse_day (cal_process_get_started_on (process), &start))
        {
          g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (&start),
                                                         g_date_get_month (&start),
                                                         g_date_get_day (&start), 0, 0, 0);
          since = g_date_time_to_unix (dt);
        }
      else
        since = cal_process_get_created (process);
    }

  return MAX (0, (int) ((g_date_time_to_unix (now) - since) / (24 * 3600)));
}

static char *
reminders_path (CalStore *store)
{
  g_autofree char *dir = g_path_get_dirname (cal_store_get_path (store));

  return g_build_filename (dir, REMINDERS_FILE, NULL);
}

/**
 * cal_funnel_take_due_reminders:
 * @store: a #CalStore
 * @processes: all processes
 * @today: the day
 * @error: return location for a #GError
 *
 * The processes whose next step is due today or overdue and that have not
 * been reminded of today yet; they are recorded as reminded (in a small
 * key file beside the database), so each is reminded once a day.
 *
 * Returns: (transfer full) (element-type CalProcess): the processes to
 *   remind of, possibly empty; %NULL on error
 */
GPtrArray *
cal_funnel_take_due_reminders (CalStore     *store,
                               GListModel   *processes,
                               const GDate  *today,
                               GError      **error)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = reminders_path (store);
  g_autofree char *day = cal_funnel_format_day (today);
  g_autoptr(GError) local_error = NULL;
  guint n = g_list_model_get_n_items (processes);

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &local_error) &&
      !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      /* A damaged record only risks one more reminder; start afresh. */
      g_debug ("Ignoring %s: %s", path, local_error->message);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalProcess) p = g_list_model_get_item (processes, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, cal_process_get_id (p));
      g_autofree char *last = NULL;

      if (!cal_funnel_next_step_is_due (p, today))
        continue;
      last = g_key_file_get_string (file, REMINDERS_GROUP, key, NULL);
      if (g_strcmp0 (last, day) == 0)
        continue;

      g_key_file_set_string (file, REMINDERS_GROUP, key, day);
      g_ptr_array_add (due, g_steal_pointer (&p));
    }

  if (due->len > 0 && !g_key_file_save_to_file (file, path, error))
    return NULL;

  return g_steal_pointer (&due);
}

void
cal_funnel_stats_row_free (CalFunnelStatsRow *row)
{
  if (row == NULL)
    return;
  g_free (row->key);
  g_free (row);
}

static CalFunnelStatsRow *
stats_row_for (GPtrArray  *rows,
               const char *key)
{
  CalFunnelStatsRow *row;

  for (guint i = 0; i < rows->len; i++)
    {
      row = g_ptr_array_index (rows, i);
      if (g_str_equal (row->key, key))
        return row;
    }

  row = g_new0 (CalFunnelStatsRow, 1);
  row->key = g_strdup (key);
  g_ptr_array_add (rows, row);
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const CalFunnelStatsRow *ra = *(CalFunnelStatsRow * const *) a;
  const CalFunnelStatsRow *rb = *(CalFunnelStatsRow * const *) b;

  if (ra->processes != rb->processes)
    return ra->processes > rb->processes ? -1 : 1;
  return g_strcmp0 (ra->key, rb->key);
}

/**
 * cal_funnel_stats:
 * @store: a #CalStore
 * @processes: the processes to count
 * @by: group by track (of the job) or by source
 * @now: the current time, the end of the current stage's stay
 * @error: return location for a #GError
 *
 * Response rate and time in stage from the user's own history. A stay in a
 * stage runs from the event that entered it to the next event (or @now
 * for a live process, the end for an ended one).
 *
 * Returns: (transfer full) (element-type CalFunnelStatsRow): one row per
 *   group, the largest first; %NULL on error
 */
GPtrArray *
cal_funnel_stats (CalStore          *store,
                  GListModel        *processes,
                  CalFunnelStatsBy   by,
                  GDateTime         *now,
                  GError           **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_funnel_stats_row_free);
  guint n = g_list_model_get_n_items (processes);
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  gint64 now_s = g_date_time_to_unix (now);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalProcess) p = g_list_model_get_item (processes, i);
      g_autoptr(GListModel) events = NULL;
      CalFunnelStatsRow *row;
      const char *key;
      g_autoptr(CalJob) job = NULL;
      double *sum;
      int max_index = cal_funnel_stage_index (cal_process_get_stage (p));
      const char *outcome = cal_process_get_outcome (p);
      guint n_events;

      if (by == CAL_FUNNEL_STATS_BY_TRACK)
        {
          job = cal_store_get_job (store, cal_process_get_job_id (p), NULL);
          key = job != NULL ? cal_job_get_track (job) : "";
        }
      else
        key = cal_process_get_source (p);

      row = stats_row_for (rows, key);
      sum = g_hash_table_lookup (sums, row);
      if (sum == NULL)
        {
          /* Per stage: total seconds, then number of stays. */
          sum = g_new0 (double, 2 * CAL_FUNNEL_N_STAGES);
          g_hash_table_insert (sums, row, sum);
        }
      row->processes++;

      events = cal_store_list_process_events (store, cal_process_get_id (p), error);
      if (events == NULL)
        return NULL;

      n_events = g_list_model_get_n_items (events);
      for (guint e = 0; e < n_events; e++)
        {
          g_autoptr(CalProcessEvent) event = g_list_model_get_item (events, e);
          int stage = cal_funnel_stage_index (cal_process_event_get_to_stage (event));
          gint64 start = cal_process_event_get_created (event);
          gint64 end = now_s;

          max_index = MAX (max_index, stage);
          if (stage < 0)
            continue;

          if (e + 1 < n_events)
            {
              g_autoptr(CalProcessEvent) next = g_list_model_get_item (events, e + 1);
              end = cal_process_event_get_created (next);
            }
          else if (!cal_funnel_is_live (p))
            continue;  /* accepted: the stay never ends, so it says nothing */

          sum[stage] += (double) MAX (0, end - start);
          sum[CAL_FUNNEL_N_STAGES + stage] += 1;
        }

      if (max_index >= cal_funnel_stage_index ("applied"))
        {
          row->applied++;
          if (max_index > cal_funnel_stage_index ("applied") ||
              g_str_equal (outcome, "rejected") || g_str_equal (outcome, "declined-offer"))
            row->responded++;
        }
    }

  for (guint r = 0; r < rows->len; r++)
    {
      CalFunnelStatsRow *row = g_ptr_array_index (rows, r);
      double *sum = g_hash_table_lookup (sums, row);

      for (guint s = 0; s < CAL_FUNNEL_N_STAGES; s++)
        row->days_in_stage[s] = sum[CAL_FUNNEL_N_STAGES + s] > 0
                                ? sum[s] / sum[CAL_FUNNEL_N_STAGES + s] / (24 * 3600.0)
                                : -1;
    }

  g_ptr_array_sort (rows, compare_rows);
  return g_steal_pointer (&rows);
}
