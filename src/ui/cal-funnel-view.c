/* cal-funnel-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-funnel-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-funnel.h"
#include "cal-funnel-board.h"
#include "cal-funnel-view.h"
#include "cal-offer-compare-page.h"
#include "cal-process-page.h"

/* The Funnel section: the board of processes by stage, a page per
 * process, and the offers side by side. Every change of stage goes
 * through the funnel.* actions, whether it comes from a card's menu, a
 * drag between columns or the process page's menu. */
struct _CalFunnelView
{
  CalSection           parent_instance;

  GtkStack            *stack;
  GtkWidget           *sidebar_button;
  GtkWidget           *back_button;
  GtkWidget           *add_button;
  GtkWidget           *offers_button;
  GtkMenuButton       *process_menu_button;
  AdwWindowTitle      *window_title;
  GtkRevealer         *nudge_revealer;
  GtkLabel            *nudge_label;
  CalFunnelBoard      *board;
  AdwPreferencesGroup *stats_group;
  CalProcessPage      *process_page;
  CalOfferComparePage *offers_page;

  GPtrArray           *stats_rows;
  guint                narrow_idle;
  gboolean             pending_narrow;
  gboolean             reminded;
};

G_DEFINE_FINAL_TYPE (CalFunnelView, cal_funnel_view, CAL_TYPE_SECTION)

/* Below this width the columns no longer fit two at a time: list them. */
#define NARROW_WIDTH 620

static CalStore *
get_store (CalFunnelView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_store (context) : NULL;
}

static void
get_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static guint
quiet_days (CalFunnelView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return g_settings_get_uint (cal_context_get_settings (context), "quiet-process-days");
}

static void
update_header (CalFunnelView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean board = g_strcmp0 (page, "board") == 0 || g_strcmp0 (page, "empty") == 0;
  gboolean process = g_strcmp0 (page, "process") == 0;

  gtk_widget_set_visible (self->sidebar_button, board && cal_section_get_folded (CAL_SECTION (self)));
  gtk_widget_set_visible (self->back_button, !board);
  gtk_widget_set_visible (self->add_button, board);
  gtk_widget_set_visible (self->offers_button, g_strcmp0 (page, "board") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->process_menu_button), process);

  if (process)
    {
      g_autofree char *title = cal_process_page_dup_title (self->process_page);
      adw_window_title_set_title (self->window_title, title);
    }
  else if (g_strcmp0 (page, "offers") == 0)
    adw_window_title_set_title (self->window_title, _("Offers"));
  else
    adw_window_title_set_title (self->window_title, _("Funnel"));
}

/* @title is what the row is about, already in the user's words. */
static void
add_stats_row (CalFunnelView     *self,
               const char        *title,
               CalFunnelStatsRow *row)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *widget = adw_action_row_new ();

  if (row->applied > 0)
    g_string_append_printf (subtitle, _("Answered %u of %u applications (%.0f %%)"), row->responded,
                            row->applied, 100.0 * row->responded / row->applied);
  else
    g_string_append (subtitle, _("No applications sent yet"));

  for (guint s = 0; s < CAL_FUNNEL_N_STAGES; s++)
    if (row->days_in_stage[s] >= 0)
      {
        g_string_append (subtitle, " · ");
        /* Translators: a funnel stage and the average days spent in it, e.g. "Applied 3.5 days" */
        g_string_append_printf (subtitle, _("%s %.1f days"), cal_funnel_stage_label (cal_funnel_get_stages ()[s]),
                                row->days_in_stage[s]);
      }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (widget), 0);
  adw_preferences_group_add (self->stats_group, widget);
  g_ptr_array_add (self->stats_rows, widget);
}

static void
fill_stats (CalFunnelView *self,
            GListModel    *processes,
            GDateTime     *now)
{
  g_autoptr(GPtrArray) by_track = NULL;
  g_autoptr(GPtrArray) by_source = NULL;
  CalCatalog *catalog = cal_catalog_get_default ();

  for (guint i = 0; i < self->stats_rows->len; i++)
    adw_preferences_group_remove (self->stats_group, g_ptr_array_index (self->stats_rows, i));
  g_ptr_array_set_size (self->stats_rows, 0);

  by_track = cal_funnel_stats (get_store (self), processes, CAL_FUNNEL_STATS_BY_TRACK, now, NULL);
  by_source = cal_funnel_stats (get_store (self), processes, CAL_FUNNEL_STATS_BY_SOURCE, now, NULL);
  for (guint i = 0; by_track != NULL && i < by_track->len; i++)
    {
      CalFunnelStatsRow *row = g_ptr_array_index (by_track, i);
      const CalCatalogTrack *track = *row->key != '\0' ? cal_catalog_get_track (catalog, row->key) : NULL;
      g_autofree char *title = NULL;

      if (track != NULL)
        /* Translators: a row of funnel statistics for one role track, e.g. "Track: Backend Engineer" */
        title = g_strdup_printf (_("Track: %s"), track->name);
      else
        title = g_strdup_printf (_("Track: %s"), *row->key != '\0' ? row->key : _("not set"));
      add_stats_row (self, title, row);
    }
  for (guint i = 0; by_source != NULL && i < by_source->len; i++)
    {
      CalFunnelStatsRow *row = g_ptr_array_index (by_source, i);
      /* Translators: a row of funnel statistics for one source of applications, e.g. "Source: Referral" */
      g_autofree char *title = g_strdup_printf (_("Source: %s"), *row->key != '\0' ? row->key : _("not set"));

      add_stats_row (self, title, row);
    }
}

/* Once per start-up of the view: a notification for each next step due
 * today or overdue, at most once a day per process. */
static void
send_reminders (CalFunnelView *self,
                GListModel    *processes,
                const GDate   *today)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  if (self->reminded || app == NULL || !g_application_get_is_registered (app))
    return;
  self->reminded = TRUE;

  due = cal_funnel_take_due_reminders (get_store (self), processes, today, &error);
  if (due == NULL)
    {
      g_debug ("Cannot record reminders: %s", error->message);
      return;
    }

  for (guint i = 0; i < due->len; i++)
    {
      CalProcess *p = g_ptr_array_index (due, i);
      g_autoptr(CalJob) job = cal_store_get_job (get_store (self), cal_process_get_job_id (p), NULL);
      g_autoptr(GNotification) notification = NULL;
      g_autofree char *title = g_strdup_printf (_("Next step for %s"), job != NULL ? cal_job_get_company (job) : _("a process"));
      g_autofree char *id = g_strdup_printf ("funnel-next-step-%" G_GINT64_FORMAT, cal_process_get_id (p));
      g_autofree char *body = g_strdup_printf (_("%s (due %s)"), cal_process_get_next_step (p),
                                               cal_process_get_next_step_due (p));

      notification = g_notification_new (title);
      g_notification_set_body (notification, body);
      g_notification_set_default_action_and_target (notification, "win.show-section", "s", "funnel");
      g_application_send_notification (app, id, notification);
    }
}

static void
refresh (CalFunnelView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) processes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  guint live;
  GDate today;

  if (get_store (self) == NULL)
    return;

  processes = cal_store_list_processes (get_store (self), 0, &error);
  if (processes == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  get_today (&today);
  cal_funnel_board_rebuild (self->board, get_store (self), processes, quiet_days (self), &today, now);
  fill_stats (self, processes, now);

  live = cal_funnel_count_live (processes);
  if (live == 0)
    gtk_label_set_text (self->nudge_label, _("No process is live. Interviewing from options works better: "
                                             "start two or three at once."));
  else
    gtk_label_set_text (self->nudge_label, _("Only one process is live. Interviewing from options works better: "
                                             "each answer weighs less, and a second offer is leverage."));
  gtk_revealer_set_reveal_child (self->nudge_revealer, cal_funnel_needs_more_options (processes));

  if (g_list_model_get_n_items (processes) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (g_strcmp0 (page, "empty") == 0)
    gtk_stack_set_visible_child_name (self->stack, "board");

  send_reminders (self, processes, &today);
  update_header (self);
}

static void
after_change (CalFunnelView *self,
              gint64         process_id)
{
  refresh (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "process") == 0 &&
      cal_process_page_get_process_id (self->process_page) == process_id)
    cal_process_page_load (self->process_page, cal_section_get_context (CAL_SECTION (self)), process_id);
}

/* Loads the process fresh after writing any pending edit, so a stage
 * change never races an older copy in the autosave. */
static CalProcess *
load_process (CalFunnelView *self,
              gint64         id)
{
  g_autoptr(GError) error = NULL;
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  CalProcess *process;

  if (context == NULL)
    return NULL;
  if (!cal_autosave_flush (cal_context_get_autosave (context), &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return NULL;
    }
  process = cal_store_get_process (get_store (self), id, &error);
  if (process == NULL)
    cal_section_toast_message (CAL_SECTION (self), error->message);
  return process;
}

static void
set_process_menu (CalFunnelView *self,
                  gint64         id)
{
  g_autoptr(CalProcess) process = cal_store_get_process (get_store (self), id, NULL);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) end = g_menu_new ();
  const char * const *stages = cal_funnel_get_stages ();
  const char * const *outcomes = cal_funnel_get_outcomes ();

  if (process == NULL)
    return;

  if (*cal_process_get_outcome (process) == '\0')
    {
      for (guint i = 0; stages[i] != NULL; i++)
        {
          g_autoptr(GMenuItem) item = NULL;

          if (g_str_equal (stages[i], cal_process_get_stage (process)))
            continue;
          item = g_menu_item_new (cal_funnel_stage_label (stages[i]), NULL);
          g_menu_item_set_action_and_target_value (item, "funnel.move", g_variant_new ("(xs)", id, stages[i]));
          g_menu_append_item (move, item);
        }
      for (guint i = 0; outcomes[i] != NULL; i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (cal_funnel_outcome_label (outcomes[i]), NULL);

          g_menu_item_set_action_and_target_value (item, "funnel.end", g_variant_new ("(xs)", id, outcomes[i]));
          g_menu_append_item (end, item);
        }
      g_menu_append_submenu (menu, _("_Move to…"), G_MENU_MODEL (move));
      g_menu_append_submenu (menu, _("_End Process…"), G_MENU_MODEL (end));
    }
  else
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Reopen"), NULL);

      g_menu_item_set_action_and_target_value (item, "funnel.reopen", g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->process_menu_button, G_MENU_MODEL (menu));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (widget);
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *target = NULL;
  gint64 id = 0;
  gboolean ok;
  GDate today;

  if (g_variant_is_of_type (parameter, G_VARIANT_TYPE ("(xs)")))
    g_variant_get (parameter, "(x&s)", &id, &target);
  else
    id = g_variant_get_int64 (parameter);

  process = load_process (self, id);
  if (process == NULL)
    return;

  get_today (&today);
  if (g_str_equal (action_name, "funnel.move"))
    ok = cal_funnel_move (get_store (self), process, target, &today, &error);
  else if (g_str_equal (action_name, "funnel.end"))
    ok = cal_funnel_end (get_store (self), process, target, &today, &error);
  else
    ok = cal_funnel_reopen (get_store (self), process, &today, &error);

  if (!ok)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  after_change (self, id);
  set_process_menu (self, id);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  cal_process_page_load (self->process_page, cal_section_get_context (CAL_SECTION (self)), id);
  set_process_menu (self, id);
  gtk_stack_set_visible_child_name (self->stack, "process");
  update_header (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (widget);
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "process") != 0 &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "offers") != 0)
    return;

  if (context != NULL)
    cal_autosave_flush (cal_context_get_autosave (context), NULL);
  gtk_stack_set_visible_child_name (self->stack, "board");
  refresh (self);
}

static void
show_offers_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (widget);
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  if (context == NULL)
    return;
  cal_offer_compare_page_reload (self->offers_page, context);
  gtk_stack_set_visible_child_name (self->stack, "offers");
  update_header (self);
}

static void
on_add_response (AdwMessageDialog *dialog,
                 const char       *response,
                 CalFunnelView    *self)
{
  GtkDropDown *jobs = g_object_get_data (G_OBJECT (dialog), "jobs");
  GtkDropDown *stages = g_object_get_data (G_OBJECT (dialog), "stages");
  GListModel *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(CalJob) job = NULL;
  guint selected;
  GDate today;

  if (!g_str_equal (response, "add") || jobs == NULL)
    return;
  selected = gtk_drop_down_get_selected (jobs);
  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  job = g_list_model_get_item (ids, selected);
  get_today (&today);
  process = cal_funnel_start (get_store (self), cal_job_get_id (job),
                              cal_funnel_get_stages ()[gtk_drop_down_get_selected (stages)], &today, &error);
  if (process == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  refresh (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jobs = NULL;
  g_autoptr(GListModel) processes = NULL;
  g_autoptr(GListStore) free_jobs = g_list_store_new (CAL_TYPE_JOB);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stage_names = gtk_string_list_new (NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog, *box, *jobs_down, *stages_down;

  if (get_store (self) == NULL)
    return;

  jobs = cal_store_list_jobs (get_store (self), &error);
  processes = jobs != NULL ? cal_store_list_processes (get_store (self), 0, &error) : NULL;
  if (processes == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  /* Jobs that already have a live process are not offered again. */
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(CalJob) job = g_list_model_get_item (jobs, i);
      gboolean taken = FALSE;
      g_autofree char *name = NULL;

      for (guint p = 0; p < g_list_model_get_n_items (processes) && !taken; p++)
        {
          g_autoptr(CalProcess) process = g_list_model_get_item (processes, p);

          taken = cal_process_get_job_id (process) == cal_job_get_id (job) && cal_funnel_is_live (process);
        }
      if (taken)
        continue;
      name = g_strdup_printf ("%s — %s", cal_job_get_company (job), cal_job_get_title (job));
      gtk_string_list_append (names, name);
      g_list_store_append (free_jobs, job);
    }

  if (g_list_model_get_n_items (jobs) == 0)
    {
      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       _("Import a Job Description First"),
                                       _("A process follows one job. Import the job description in the Jobs "
                                         "section, then add its process here."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (free_jobs)) == 0)
    {
      cal_section_toast_message (CAL_SECTION (self), _("Every imported job already has a live process. "
                                                       "Import another job description first."));
      return;
    }

  for (guint i = 0; cal_funnel_get_stages ()[i] != NULL; i++)
    gtk_string_list_append (stage_names, cal_funnel_stage_label (cal_funnel_get_stages ()[i]));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Add Process"),
                                   _("Pick the job you are pursuing and where things stand."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  jobs_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  stages_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (stage_names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (stages_down), 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (jobs_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Job"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (stages_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage"), -1);
  gtk_box_append (GTK_BOX (box), jobs_down);
  gtk_box_append (GTK_BOX (box), stages_down);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "jobs", jobs_down);
  g_object_set_data (G_OBJECT (dialog), "stages", stages_down);
  g_object_set_data_full (G_OBJECT (dialog), "ids", g_object_ref (free_jobs), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
apply_narrow (gpointer data)
{
  CalFunnelView *self = data;

  self->narrow_idle = 0;
  cal_funnel_board_set_narrow (self->board, self->pending_narrow);
  return G_SOURCE_REMOVE;
}

static void
cal_funnel_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

/* The layout follows the section's own width (not the window's): the
 * sidebar takes part of a wide window. Switching inside an allocation
 * would resize during layout, so it happens on the next idle. */
static void
cal_funnel_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);

  if (narrow != cal_funnel_board_get_narrow (self->board) || self->narrow_idle != 0)
    {
      self->pending_narrow = narrow;
      if (self->narrow_idle == 0)
        self->narrow_idle = g_idle_add (apply_narrow, self);
    }
}

static void
on_context_changed (CalFunnelView *self)
{
  refresh (self);
}

static void
on_page_toast (CalFunnelView *self,
               const char    *message)
{
  cal_section_toast_message (CAL_SECTION (self), message);
}

static void
cal_funnel_view_dispose (GObject *object)
{
  CalFunnelView *self = CAL_FUNNEL_VIEW (object);

  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  g_clear_pointer (&self->stats_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_FUNNEL_VIEW);

  G_OBJECT_CLASS (cal_funnel_view_parent_class)->dispose (object);
}

static void
cal_funnel_view_class_init (CalFunnelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_funnel_view_dispose;
  widget_class->measure = cal_funnel_view_measure;
  widget_class->size_allocate = cal_funnel_view_size_allocate;

  g_type_ensure (CAL_TYPE_FUNNEL_BOARD);
  g_type_ensure (CAL_TYPE_PROCESS_PAGE);
  g_type_ensure (CAL_TYPE_OFFER_COMPARE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-funnel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, add_button);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, offers_button);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, process_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, window_title);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, nudge_revealer);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, nudge_label);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, board);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, stats_group);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, process_page);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, offers_page);

  gtk_widget_class_install_action (widget_class, "funnel.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "funnel.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "funnel.move", "(xs)", move_action);
  gtk_widget_class_install_action (widget_class, "funnel.end", "(xs)", move_action);
  gtk_widget_class_install_action (widget_class, "funnel.reopen", "x", move_action);
  gtk_widget_class_install_action (widget_class, "funnel.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "funnel.show-offers", NULL, show_offers_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "funnel.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "funnel.back", NULL);
}

static void
cal_funnel_view_init (CalFunnelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* AdwBin lays its child out with a GtkBinLayout, which would bypass
   * size_allocate; without a layout manager the vfuncs above run and see
   * the section's width. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->stats_rows = g_ptr_array_new ();

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
  g_signal_connect (self, "notify::folded", G_CALLBACK (update_header), NULL);
  g_signal_connect_object (self->process_page, "toast", G_CALLBACK (on_page_toast), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->offers_page, "toast", G_CALLBACK (on_page_toast), self, G_CONNECT_SWAPPED);
  /* The board is rebuilt when it shows again (funnel.back), not on every
   * keystroke on the process page. */

  update_header (self);
}

GtkWidget *
cal_funnel_view_new (void)
{
  return g_object_new (CAL_TYPE_FUNNEL_VIEW, NULL);
}
