/* test-funnel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The funnel's rules on a real SQLite file: stages and outcomes, the
 * history, the job's loop copied into the process, the quiet rule with a
 * fixed "today", the nudge, reminders once a day and the stats.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cal-funnel.h"
#include "cal-store.h"

typedef struct
{
  char     *dir;
  CalStore *store;
  gint64    job_id;
} Fixture;

static void
day (GDate *date, guint y, guint m, guint d)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

static gint64
add_job (CalStore *store, const char *company, const char *track)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = cal_job_new ();

  cal_job_set_company (job, company);
  cal_job_set_title (job, "Backend Engineer");
  cal_job_set_track (job, track);
  cal_job_set_level (job, "senior");
  cal_store_save_job (store, job, &error);
  g_assert_no_error (error);
  return cal_job_get_id (job);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *kinds[] = { "recruiter-screen", "coding", "system-design" };

  f->dir = g_dir_make_tmp ("calibrd-funnel-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "calibrd.db", NULL);
  f->store = cal_store_open (path, &error);
  g_assert_no_error (error);

  f->job_id = add_job (f->store, "Acme", "backend-engineer");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(CalRound) round = cal_round_new ();

      cal_round_set_job_id (round, f->job_id);
      cal_round_set_position (round, i);
      cal_round_set_kind (round, kinds[i]);
      cal_round_set_title (round, kinds[i]);
      cal_store_save_round (f->store, round, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_clear_object (&f->store);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (f->dir);
}

static void
test_start_copies_rounds (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GListModel) job_rounds = NULL;
  GDate today;

  day (&today, 2024, 3, 1);
  process = cal_funnel_start (f->store, f->job_id, "applied", &today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cal_process_get_id (process), >, 0);
  g_assert_cmpstr (cal_process_get_started_on (process), ==, "2024-03-01");

  rounds = cal_store_list_rounds (f->store, cal_process_get_id (process), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 3);
  {
    g_autoptr(CalRound) r = g_list_model_get_item (rounds, 1);

    g_assert_cmpstr (cal_round_get_kind (r), ==, "coding");
    g_assert_cmpstr (cal_round_get_status (r), ==, "scheduled");
  }
  /* The job's own loop stays a template of three rounds. */
  job_rounds = cal_store_list_rounds (f->store, 0, f->job_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (job_rounds), ==, 3);

  /* Bad input changes nothing. */
  g_assert_null (cal_funnel_start (f->store, f->job_id, "hired", &today, &error));
  g_assert_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_INVALID_STAGE);
  g_clear_error (&error);
  /* One live process per job. */
  g_assert_null (cal_funnel_start (f->store, f->job_id, "saved", &today, &error));
  g_assert_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_null (cal_funnel_start (f->store, 9999, NULL, &today, &error));
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(GListModel) all = cal_store_list_processes (f->store, 0, &error);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  }
}

static void
test_stage_rules_and_history (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(CalProcess) stored = NULL;
  g_autoptr(GListModel) events = NULL;
  GDate d1, d2, d3;

  day (&d1, 2024, 3, 1);
  day (&d2, 2024, 3, 8);
  day (&d3, 2024, 3, 20);
  process = cal_funnel_start (f->store, f->job_id, "applied", &d1, &error);
  g_assert_no_error (error);

  g_assert_true (cal_funnel_move (f->store, process, "interviewing", &d2, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cal_process_get_last_activity_on (process), ==, "2024-03-08");

  g_assert_true (cal_funnel_end (f->store, process, "rejected", &d3, &error));
  g_assert_no_error (error);
  g_assert_false (cal_funnel_is_live (process));

  /* No stage change after an outcome without reopening. */
  g_assert_false (cal_funnel_move (f->store, process, "final-round", &d3, &error));
  g_assert_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_ENDED);
  g_clear_error (&error);
  g_assert_false (cal_funnel_end (f->store, process, "ghosted", &d3, &error));
  g_assert_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_ENDED);
  g_clear_error (&error);

  stored = cal_store_get_process (f->store, cal_process_get_id (process), &error);
  g_assert_cmpstr (cal_process_get_stage (stored), ==, "interviewing");
  g_assert_cmpstr (cal_process_get_outcome (stored), ==, "rejected");
  g_assert_cmpstr (cal_process_get_ended_on (stored), ==, "2024-03-20");

  /* Unknown outcomes and stages are refused. */
  g_assert_false (cal_funnel_end (f->store, stored, "fired", &d3, &error));
  g_assert_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_INVALID_OUTCOME);
  g_clear_error (&error);

  g_assert_true (cal_funnel_reopen (f->store, stored, &d3, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cal_process_get_outcome (stored), ==, "");
  g_assert_cmpstr (cal_process_get_ended_on (stored), ==, "");
  g_assert_false (cal_funnel_reopen (f->store, stored, &d3, &error));
  g_assert_error (error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_NOT_ENDED);
  g_clear_error (&error);
  g_assert_true (cal_funnel_move (f->store, stored, "final-round", &d3, &error));
  g_assert_no_error (error);

  events = cal_store_list_process_events (f->store, cal_process_get_id (process), &error);
  g_assert_no_error (error);
  {
    const char *expected[][2] = {
      { "", "applied" }, { "applied", "interviewing" }, { "interviewing", "rejected" },
      { "rejected", "interviewing" }, { "interviewing", "final-round" },
    };

    g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(CalProcessEvent) e = g_list_model_get_item (events, i);

        g_assert_cmpstr (cal_process_event_get_from_stage (e), ==, expected[i][0]);
        g_assert_cmpstr (cal_process_event_get_to_stage (e), ==, expected[i][1]);
        g_assert_cmpint (cal_process_event_get_created (e), >, 0);
      }
  }
}

static void
test_quiet_rule (Fixture *f, gconstpointer data)
{
  g_autoptr(CalProcess) p = cal_process_new ();
  GDate today;

  cal_process_set_stage (p, "applied");
  cal_process_set_started_on (p, "2024-03-01");
  cal_process_set_last_activity_on (p, "2024-03-05");

  day (&today, 2024, 3, 14);
  g_assert_cmpint (cal_funnel_days_since_activity (p, &today), ==, 9);
  g_assert_false (cal_funnel_is_quiet (p, &today, 10));
  day (&today, 2024, 3, 15);
  g_assert_true (cal_funnel_is_quiet (p, &today, 10));
  g_assert_false (cal_funnel_is_quiet (p, &today, 11));

  /* Ended and saved processes are never quiet. */
  cal_process_set_outcome (p, "ghosted");
  g_assert_false (cal_funnel_is_quiet (p, &today, 10));
  cal_process_set_outcome (p, NULL);
  cal_process_set_stage (p, "saved");
  g_assert_false (cal_funnel_is_quiet (p, &today, 10));

  /* Without activity it counts from the start. */
  cal_process_set_stage (p, "interviewing");
  cal_process_set_last_activity_on (p, NULL);
  g_assert_cmpint (cal_funnel_days_since_activity (p, &today), ==, 14);
  g_assert_true (cal_funnel_is_quiet (p, &today, 14));
}

static void
test_options_nudge (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) a = NULL;
  g_autoptr(CalProcess) b = NULL;
  g_autoptr(GListModel) all = NULL;
  GDate today;

  day (&today, 2024, 3, 1);
  a = cal_funnel_start (f->store, f->job_id, "applied", &today, &error);
  all = cal_store_list_processes (f->store, 0, &error);
  g_assert_true (cal_funnel_needs_more_options (all));
  g_clear_object (&all);

  b = cal_funnel_start (f->store, add_job (f->store, "Globex", "sre"), "interviewing", &today, &error);
  all = cal_store_list_processes (f->store, 0, &error);
  g_assert_cmpuint (cal_funnel_count_live (all), ==, 2);
  g_assert_false (cal_funnel_needs_more_options (all));
  g_clear_object (&all);

  cal_funnel_end (f->store, b, "withdrawn", &today, &error);
  g_assert_no_error (error);
  all = cal_store_list_processes (f->store, 0, &error);
  g_assert_true (cal_funnel_needs_more_options (all));
}

static void
test_due_reminders_once_a_day (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) p = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) tomorrow = NULL;
  GDate today, before, next;

  day (&today, 2024, 3, 10);
  day (&before, 2024, 3, 8);
  day (&next, 2024, 3, 11);
  p = cal_funnel_start (f->store, f->job_id, "recruiter-screen", &before, &error);
  cal_process_set_next_step (p, "Send availability");
  cal_process_set_next_step_due (p, "2024-03-09");
  cal_store_save_process (f->store, p, &error);
  g_assert_no_error (error);

  g_assert_false (cal_funnel_next_step_is_due (p, &before));
  g_assert_true (cal_funnel_next_step_is_due (p, &today));

  all = cal_store_list_processes (f->store, 0, &error);
  first = cal_funnel_take_due_reminders (f->store, all, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 1);
  again = cal_funnel_take_due_reminders (f->store, all, &today, &error);
  g_assert_cmpuint (again->len, ==, 0);
  tomorrow = cal_funnel_take_due_reminders (f->store, all, &next, &error);
  g_assert_cmpuint (tomorrow->len, ==, 1);
}

static void
test_stats (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) by_track = NULL;
  g_autoptr(GPtrArray) by_source = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 sre = add_job (f->store, "Globex", "sre");
  GDate today;
  CalFunnelStatsRow *row;

  day (&today, 2024, 3, 1);
  {
    g_autoptr(CalProcess) a = cal_funnel_start (f->store, f->job_id, "applied", &today, &error);
    g_autoptr(CalProcess) b = cal_funnel_start (f->store, add_job (f->store, "Initech", "backend-engineer"),
                                                 "applied", &today, &error);
    g_autoptr(CalProcess) c = cal_funnel_start (f->store, sre, "saved", &today, &error);

    cal_process_set_source (a, "referral");
    cal_process_set_source (b, "job board");
    cal_process_set_source (c, "job board");
    cal_store_save_process (f->store, a, &error);
    cal_store_save_process (f->store, b, &error);
    cal_store_save_process (f->store, c, &error);
    cal_funnel_move (f->store, a, "recruiter-screen", &today, &error);
    cal_funnel_end (f->store, b, "ghosted", &today, &error);
    g_assert_no_error (error);
  }

  all = cal_store_list_processes (f->store, 0, &error);
  by_track = cal_funnel_stats (f->store, all, CAL_FUNNEL_STATS_BY_TRACK, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_track->len, ==, 2);
  row = g_ptr_array_index (by_track, 0);
  g_assert_cmpstr (row->key, ==, "backend-engineer");
  g_assert_cmpuint (row->processes, ==, 2);
  g_assert_cmpuint (row->applied, ==, 2);
  g_assert_cmpuint (row->responded, ==, 1);
  g_assert_cmpfloat (row->days_in_stage[1], >=, 0);
  row = g_ptr_array_index (by_track, 1);
  g_assert_cmpstr (row->key, ==, "sre");
  g_assert_cmpuint (row->applied, ==, 0);

  by_source = cal_funnel_stats (f->store, all, CAL_FUNNEL_STATS_BY_SOURCE, now, &error);
  row = g_ptr_array_index (by_source, 0);
  g_assert_cmpstr (row->key, ==, "job board");
  g_assert_cmpuint (row->applied, ==, 1);
  g_assert_cmpuint (row->responded, ==, 0);
  row = g_ptr_array_index (by_source, 1);
  g_assert_cmpstr (row->key, ==, "referral");
  g_assert_cmpuint (row->responded, ==, 1);
}

static void
test_labels_and_days (void)
{
  GDate d;

  g_assert_cmpint (cal_funnel_stage_index ("saved"), ==, 0);
  g_assert_cmpint (cal_funnel_stage_index ("accepted"), ==, 6);
  g_assert_cmpint (cal_funnel_stage_index ("rejected"), ==, -1);
  g_assert_cmpstr (cal_funnel_stage_label ("final-round"), ==, "Final Round");
  g_assert_cmpstr (cal_funnel_outcome_label ("declined-offer"), ==, "Declined Offer");
  g_assert_true (cal_funnel_parse_day ("2024-02-29", &d));
  g_assert_true (cal_funnel_parse_day ("2024-02-29T10:00", &d));
  g_assert_false (cal_funnel_parse_day ("2023-02-29", &d));
  g_assert_false (cal_funnel_parse_day ("29.02.2024", &d));
  g_assert_false (cal_funnel_parse_day ("", &d));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/funnel/start-copies-rounds", test_start_copies_rounds);
  ADD ("/funnel/stage-rules-and-history", test_stage_rules_and_history);
  ADD ("/funnel/quiet-rule", test_quiet_rule);
  ADD ("/funnel/options-nudge", test_options_nudge);
  ADD ("/funnel/due-reminders-once-a-day", test_due_reminders_once_a_day);
  ADD ("/funnel/stats", test_stats);
#undef ADD
  g_test_add_func ("/funnel/labels-and-days", test_labels_and_days);

  return g_test_run ();
}
