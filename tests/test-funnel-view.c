/* test-funnel-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Funnel section in the real window, on a real (Xvfb) display, over a
 * real temporary database.
 */

#include "config.h"

#include <adwaita.h>

#include "cal-funnel.h"
#include "cal-funnel-board.h"
#include "cal-funnel-card.h"
#include "cal-funnel-view.h"
#include "cal-process-page.h"
#include "cal-window.h"

static CalContext *context;
static gint64 ids[4];

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_descendant_of_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant_of_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static void
collect_cards (GtkWidget *root, GArray *out)
{
  if (CAL_IS_FUNNEL_CARD (root))
    {
      gint64 id = cal_funnel_card_get_process_id (CAL_FUNNEL_CARD (root));
      g_array_append_val (out, id);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_cards (c, out);
}

/* The ids of the cards in a stage's column. */
static GArray *
column_ids (CalFunnelBoard *board, const char *stage)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *column = cal_funnel_board_get_column (board, stage);

  g_assert_nonnull (column);
  collect_cards (column, out);
  return out;
}

static gboolean
column_has (CalFunnelBoard *board, const char *stage, gint64 id)
{
  g_autoptr(GArray) found = column_ids (board, stage);

  for (guint i = 0; i < found->len; i++)
    if (g_array_index (found, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
menu_has_target (GMenuModel *menu, const char *action, GVariant *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) value = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action) && value != NULL && g_variant_equal (value, target))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) sub = g_menu_link_iter_get_value (links);
          if (menu_has_target (sub, action, target))
            return TRUE;
        }
    }
  return FALSE;
}

static CalFunnelCard *
card_for (CalFunnelBoard *board, const char *stage, gint64 id)
{
  GtkWidget *column = cal_funnel_board_get_column (board, stage);
  g_autofree char *name = g_strdup_printf ("funnel-card-%" G_GINT64_FORMAT, id);
  GtkWidget *stack[64];
  int top = 0;

  stack[top++] = column;
  while (top > 0)
    {
      GtkWidget *w = stack[--top];

      if (CAL_IS_FUNNEL_CARD (w) && g_str_equal (gtk_widget_get_name (w), name))
        return CAL_FUNNEL_CARD (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && top < 63; c = gtk_widget_get_next_sibling (c))
        stack[top++] = c;
    }
  return NULL;
}

static void
collect_text (GtkWidget *root,
              GString   *out)
{
  if (!gtk_widget_get_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  if (ADW_IS_PREFERENCES_ROW (root))
    g_string_append_printf (out, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)));
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_text (c, out);
}

/* Cards and statistics speak the catalog's names, never its ids, and a
 * title that already says its level does not say it twice. */
static void
test_names (void)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  GtkWidget *view;
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  cal_window_show_section (window, "funnel");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  view = find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_FUNNEL_VIEW);
  collect_text (view, text);

  g_assert_nonnull (strstr (text->str, "\nBackend Engineer · Senior\n"));
  g_assert_nonnull (strstr (text->str, "\nSenior Backend Engineer\n"));
  g_assert_null (strstr (text->str, "Senior Backend Engineer · "));
  g_assert_nonnull (strstr (text->str, "Track: Backend Engineer\n"));
  g_assert_null (strstr (text->str, "backend-engineer"));
  g_assert_null (strstr (text->str, "· senior"));
  /* Due dates as a person says them. */
  g_assert_nonnull (strstr (text->str, "Next: Send the take-home (due tomorrow)\n"));
  g_assert_nonnull (strstr (text->str, "Next: Ask for feedback (overdue since "));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_board (void)
{
  g_autoptr(GError) error = NULL;
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  CalFunnelView *view;
  CalFunnelBoard *board;
  CalFunnelCard *card;
  g_autoptr(CalProcess) moved = NULL;
  g_autoptr(CalProcess) ended = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *stages[] = { "applied", "recruiter-screen", "interviewing", "offer" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  cal_window_show_section (window, "funnel");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  view = CAL_FUNNEL_VIEW (find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_FUNNEL_VIEW));
  board = CAL_FUNNEL_BOARD (find_descendant_of_type (GTK_WIDGET (view), CAL_TYPE_FUNNEL_BOARD));
  g_assert_nonnull (board);
  iterate_until (is_mapped, board);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (board)));
  g_assert_false (cal_funnel_board_get_narrow (board));

  /* Four processes in four stages, each in its own column. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GArray) in_column = column_ids (board, stages[i]);

      g_assert_cmpuint (in_column->len, ==, 1);
      g_assert_cmpint (g_array_index (in_column, gint64, 0), ==, ids[i]);
    }
  {
    g_autoptr(GArray) saved = column_ids (board, "saved");
    g_assert_cmpuint (saved->len, ==, 0);
  }

  /* The card's menu offers "Move to… Final Round"; activate that item. */
  card = card_for (board, "interviewing", ids[2]);
  g_assert_nonnull (card);
  target = g_variant_ref_sink (g_variant_new ("(xs)", ids[2], "final-round"));
  g_assert_true (menu_has_target (cal_funnel_card_get_menu (card), "funnel.move", target));
  gtk_widget_activate_action_variant (GTK_WIDGET (card), "funnel.move", target);

  g_assert_false (column_has (board, "interviewing", ids[2]));
  g_assert_true (column_has (board, "final-round", ids[2]));
  moved = cal_store_get_process (cal_context_get_store (context), ids[2], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_process_get_stage (moved), ==, "final-round");
  events = cal_store_list_process_events (cal_context_get_store (context), ids[2], &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);

  /* End one with an outcome through its menu's "End Process…". */
  card = card_for (board, "recruiter-screen", ids[1]);
  g_clear_pointer (&target, g_variant_unref);
  target = g_variant_ref_sink (g_variant_new ("(xs)", ids[1], "ghosted"));
  g_assert_true (menu_has_target (cal_funnel_card_get_menu (card), "funnel.end", target));
  gtk_widget_activate_action_variant (GTK_WIDGET (card), "funnel.end", target);

  g_assert_false (column_has (board, "recruiter-screen", ids[1]));
  g_assert_true (column_has (board, "ended", ids[1]));
  ended = cal_store_get_process (cal_context_get_store (context), ids[1], &error);
  g_assert_cmpstr (cal_process_get_outcome (ended), ==, "ghosted");
  g_assert_cmpstr (cal_process_get_stage (ended), ==, "recruiter-screen");

  /* An ended card has no "Move to…": moving it anyway changes nothing. */
  card = card_for (board, "ended", ids[1]);
  g_clear_pointer (&target, g_variant_unref);
  target = g_variant_ref_sink (g_variant_new ("(xs)", ids[1], "offer"));
  g_assert_false (menu_has_target (cal_funnel_card_get_menu (card), "funnel.move", target));
  gtk_widget_activate_action_variant (GTK_WIDGET (view), "funnel.move", target);
  g_clear_object (&ended);
  ended = cal_store_get_process (cal_context_get_store (context), ids[1], &error);
  g_assert_cmpstr (cal_process_get_stage (ended), ==, "recruiter-screen");
  g_assert_true (column_has (board, "ended", ids[1]));

  /* Opening a card shows its page. */
  gtk_widget_activate_action (GTK_WIDGET (view), "funnel.open", "x", ids[0]);
  {
    GtkWidget *page = find_descendant_of_type (GTK_WIDGET (view), CAL_TYPE_PROCESS_PAGE);

    iterate_until (is_mapped, page);
    g_assert_true (gtk_widget_get_mapped (page));
    g_assert_cmpint (cal_process_page_get_process_id (CAL_PROCESS_PAGE (page)), ==, ids[0]);
  }
  gtk_widget_activate_action (GTK_WIDGET (view), "funnel.back", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
board_is_narrow (gpointer board)
{
  return cal_funnel_board_get_narrow (board);
}

static void
test_narrow_lists (void)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  CalFunnelBoard *board;

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  cal_window_show_section (window, "funnel");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  board = CAL_FUNNEL_BOARD (find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_FUNNEL_BOARD));
  iterate_until (board_is_narrow, board);
  g_assert_true (cal_funnel_board_get_narrow (board));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *companies[] = { "Acme", "Globex", "Initech", "Umbrella" };
  const char *stages[] = { "applied", "recruiter-screen", "interviewing", "offer" };
  GDate today;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = g_dir_make_tmp ("calibrd-funnel-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CalJob) job = cal_job_new ();
      g_autoptr(CalProcess) process = NULL;

      cal_job_set_company (job, companies[i]);
      /* One title already says its level; every job is on a catalog track. */
      cal_job_set_title (job, i == 3 ? "Senior Backend Engineer" : "Backend Engineer");
      cal_job_set_level (job, "senior");
      cal_job_set_track (job, "backend-engineer");
      cal_store_save_job (store, job, &error);
      g_assert_no_error (error);
      process = cal_funnel_start (store, cal_job_get_id (job), stages[i], &today, &error);
      g_assert_no_error (error);
      ids[i] = cal_process_get_id (process);
      if (i < 2)
        {
          /* A step due tomorrow and one whose day has passed. */
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autoptr(GDateTime) due = g_date_time_add_days (now, i == 0 ? 1 : -3);
          g_autofree char *iso = g_date_time_format (due, "%Y-%m-%d");

          cal_process_set_next_step (process, i == 0 ? "Send the take-home" : "Ask for feedback");
          cal_process_set_next_step_due (process, iso);
          cal_store_save_process (store, process, &error);
          g_assert_no_error (error);
        }
    }

  g_test_add_func ("/funnel-view/board", test_board);
  g_test_add_func ("/funnel-view/narrow-lists", test_narrow_lists);
  g_test_add_func ("/funnel-view/names", test_names);

  status = g_test_run ();
  g_clear_object (&context);
  return status;
}
