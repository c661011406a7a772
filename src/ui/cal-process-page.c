/* cal-process-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-process-page"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "cal-funnel.h"
#include "cal-ics.h"
#include "cal-offer-dialog.h"
#include "cal-offer-math.h"
#include "cal-process-page.h"

/* One process: where it stands against a typical loop, its history, its
 * rounds with dates and statuses, the next step, the recruiter, notes and
 * offers. Every edit goes to the autosave; there is no Save button. */
struct _CalProcessPage
{
  GtkBox          parent_instance;

  GtkLabel       *heading_label;
  GtkLabel       *stage_label;
  GtkDrawingArea *timeline;
  GtkLabel       *timeline_label;
  AdwEntryRow    *next_step_row;
  AdwEntryRow    *due_row;
  AdwPreferencesGroup *rounds_group;
  AdwPreferencesGroup *offers_group;
  AdwPreferencesGroup *history_group;
  AdwEntryRow    *recruiter_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *source_row;
  GtkTextView    *notes_view;

  CalContext     *context;
  CalProcess     *process;
  CalJob         *job;
  GListStore     *rounds;
  GListModel     *events;
  GPtrArray      *dynamic_rows;   /* (element-type GtkWidget) rows added to groups */
  GtkFileChooserNative *chooser;
  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (CalProcessPage, cal_process_page, GTK_TYPE_BOX)

enum {
  TOAST,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (CalProcessPage *self,
       const char     *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
mark (CalProcessPage *self,
      gpointer        object)
{
  if (self->context != NULL)
    cal_autosave_mark (cal_context_get_autosave (self->context), object);
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Talking to the company is activity; the quiet rule counts from it. */
static void
touch (CalProcessPage *self)
{
  GDate day;
  g_autofree char *text = NULL;

  today (&day);
  text = cal_funnel_format_day (&day);
  cal_process_set_last_activity_on (self->process, text);
}

static void
on_text_changed (CalProcessPage *self,
                 GtkEditable    *editable,
                 const char     *property)
{
  if (self->loading || self->process == NULL)
    return;
  g_object_set (self->process, property, gtk_editable_get_text (editable), NULL);
  mark (self, self->process);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_next_step_changed (CalProcessPage *self,
                      GtkEditable    *editable)
{
  on_text_changed (self, editable, "next-step");
}

static void
on_recruiter_changed (CalProcessPage *self,
                      GtkEditable    *editable)
{
  on_text_changed (self, editable, "recruiter-name");
}

static void
on_email_changed (CalProcessPage *self,
                  GtkEditable    *editable)
{
  on_text_changed (self, editable, "recruiter-email");
}

static void
on_source_changed (CalProcessPage *self,
                   GtkEditable    *editable)
{
  on_text_changed (self, editable, "source");
}

/* A day the user types is only taken once it is a real day (or cleared);
 * until then the row shows an error and the stored value stays. */
static gboolean
day_text_ok (const char *text,
             gboolean    allow_time)
{
  GDate day;
  guint h, m;
  gsize len = strlen (text);

  if (len == 0)
    return TRUE;
  if (!cal_funnel_parse_day (text, &day))
    return FALSE;
  if (len == 10)
    return TRUE;
  return allow_time && len == 16 && sscanf (text + 11, "%2u:%2u", &h, &m) == 2 && h < 24 && m < 60;
}

static void
on_due_changed (CalProcessPage *self,
                GtkEditable    *editable)
{
  const char *text = gtk_editable_get_text (editable);

  if (self->loading || self->process == NULL)
    return;
  if (!day_text_ok (text, FALSE))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  cal_process_set_next_step_due (self->process, text);
  mark (self, self->process);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_notes_changed (CalProcessPage *self,
                  GtkTextBuffer  *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading || self->process == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  cal_process_set_notes (self->process, text);
  mark (self, self->process);
}

static void
clear_dynamic_rows (CalProcessPage *self)
{
  for (guint i = 0; i < self->dynamic_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->dynamic_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->dynamic_rows, 0);
}

static void
add_row (CalProcessPage      *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, row);
}

static void
round_subtitle (GtkWidget *expander,
                CalRound  *round)
{
  const char *date = cal_round_get_date (round);
  g_autofree char *text = g_strdup_printf ("%s · %s", *date != '\0' ? date : _("No date yet"),
                                           cal_funnel_round_status_label (cal_round_get_status (round)));

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), text);
}

static void
on_round_date_changed (GtkEditable *editable,
                       CalRound    *round)
{
  CalProcessPage *self = g_object_get_data (G_OBJECT (editable), "page");
  const char *text = gtk_editable_get_text (editable);

  if (self->loading)
    return;
  if (!day_text_ok (text, TRUE))
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  cal_round_set_date (round, text);
  round_subtitle (g_object_get_data (G_OBJECT (editable), "expander"), round);
  mark (self, round);
}

static void
on_round_status_changed (AdwComboRow *combo,
                         GParamSpec  *pspec,
                         CalRound    *round)
{
  CalProcessPage *self = g_object_get_data (G_OBJECT (combo), "page");
  static const char * const statuses[] = { "scheduled", "done", "feedback" };
  guint selected = adw_combo_row_get_selected (combo);

  if (self->loading || selected >= G_N_ELEMENTS (statuses))
    return;
  cal_round_set_status (round, statuses[selected]);
  round_subtitle (g_object_get_data (G_OBJECT (combo), "expander"), round);
  mark (self, round);
  touch (self);
  mark (self, self->process);
}

static void
fill_rounds (CalProcessPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No rounds yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The job’s loop becomes this process’s rounds when the process starts."));
      add_row (self, self->rounds_group, row);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);
      g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *date = adw_entry_row_new ();
      GtkWidget *status = adw_combo_row_new ();
      const char *title = cal_round_get_title (round);
      const char *current = cal_round_get_status (round);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                     *title != '\0' ? title : cal_round_get_kind (round));
      round_subtitle (expander, round);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date), _("Date"));
      gtk_editable_set_text (GTK_EDITABLE (date), cal_round_get_date (round));
      g_object_set_data (G_OBJECT (date), "page", self);
      g_object_set_data (G_OBJECT (date), "expander", expander);
      g_signal_connect_object (date, "changed", G_CALLBACK (on_round_date_changed), round, 0);

      gtk_string_list_append (statuses, cal_funnel_round_status_label ("scheduled"));
      gtk_string_list_append (statuses, cal_funnel_round_status_label ("done"));
      gtk_string_list_append (statuses, cal_funnel_round_status_label ("feedback"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Status"));
      adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (statuses));
      adw_combo_row_set_selected (ADW_COMBO_ROW (status),
                                  g_str_equal (current, "done") ? 1 : g_str_equal (current, "feedback") ? 2 : 0);
      g_object_set_data (G_OBJECT (status), "page", self);
      g_object_set_data (G_OBJECT (status), "expander", expander);
      g_signal_connect_object (status, "notify::selected", G_CALLBACK (on_round_status_changed), round, 0);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), date);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), status);
      add_row (self, self->rounds_group, expander);
    }
}

static char *
format_amount (double      amount,
               const char *currency)
{
  return g_strdup_printf ("%s %'.0f", currency, amount);
}

static void
fill_offers (CalProcessPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) offers = NULL;
  guint n;

  offers = cal_store_list_offers (cal_context_get_store (self->context), cal_process_get_id (self->process), &error);
  if (offers == NULL)
    {
      toast (self, error->message);
      return;
    }

  n = g_list_model_get_n_items (offers);
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No offer yet"));
      add_row (self, self->offers_group, row);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalOffer) offer = g_list_model_get_item (offers, i);
      g_autoptr(CalOfferTotals) totals = cal_offer_math_totals (offer, NULL);
      GtkWidget *row = adw_action_row_new ();
      const char *currency = cal_offer_get_currency (offer);
      g_autofree char *base = format_amount (cal_offer_get_base_salary (offer), currency);
      g_autofree char *title = g_strdup_printf (_("Base %s"), base);
      g_autofree char *subtitle = NULL;

      if (totals != NULL)
        {
          g_autofree char *first = format_amount (totals->first_year, currency);
          g_autofree char *avg = format_amount (totals->yearly_average, currency);

          subtitle = g_strdup_printf (_("First year %s · yearly average %s"), first, avg);
        }
      else
        subtitle = g_strdup (_("The terms of this offer do not add up; edit them on the command line."));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (*cal_offer_get_deadline (offer) != '\0')
        {
          g_autofree char *deadline = g_strdup_printf (_("Answer by %s"), cal_offer_get_deadline (offer));
          GtkWidget *label = gtk_label_new (deadline);

          gtk_widget_add_css_class (label, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      add_row (self, self->offers_group, row);
    }
}

static void
fill_history (CalProcessPage *self)
{
  guint n = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(CalProcessEvent) event = g_list_model_get_item (self->events, i - 1);
      const char *from = cal_process_event_get_from_stage (event);
      const char *to = cal_process_event_get_to_stage (event);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (cal_process_event_get_created (event));
      g_autofree char *date = g_date_time_format (when, "%Y-%m-%d");
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();

#define NAME(id) (cal_funnel_is_outcome (id) ? cal_funnel_outcome_label (id) : cal_funnel_stage_label (id))
      if (*from == '\0')
        title = g_strdup_printf (_("Started in %s"), NAME (to));
      else if (cal_funnel_is_outcome (to))
        title = g_strdup_printf (_("Ended: %s"), NAME (to));
      else if (cal_funnel_is_outcome (from))
        title = g_strdup_printf (_("Reopened in %s"), NAME (to));
      else
        title = g_strdup_printf ("%s → %s", NAME (from), NAME (to));
#undef NAME

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      add_row (self, self->history_group, row);
    }
}

/* Days since the process started, against the typical 4–8 weeks. */
static int
elapsed_days (CalProcessPage *self)
{
  GDate start, day;

  if (self->process == NULL || !cal_funnel_parse_day (cal_process_get_started_on (self->process), &start))
    return 0;
  if (!cal_funnel_parse_day (cal_process_get_ended_on (self->process), &day))
    today (&day);
  return MAX (0, g_date_days_between (&start, &day));
}

static void
draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  CalProcessPage *self = data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, accent, band;
  int days = elapsed_days (self);
  double scale = MAX (CAL_FUNNEL_TYPICAL_LOOP_MAX_DAYS + 7, days + 3);
  double x_min = width * CAL_FUNNEL_TYPICAL_LOOP_MIN_DAYS / scale;
  double x_max = width * CAL_FUNNEL_TYPICAL_LOOP_MAX_DAYS / scale;
  double bar_y = height / 2.0 - 4;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = fg;
  band = fg;
  band.alpha = 0.12;

  /* The typical span of a loop, shaded. */
  gdk_cairo_set_source_rgba (cr, &band);
  cairo_rectangle (cr, x_min, 0, x_max - x_min, height);
  cairo_fill (cr);

  fg.alpha = 0.25;
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_rectangle (cr, 0, bar_y, width, 8);
  cairo_fill (cr);

  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_rectangle (cr, 0, bar_y, width * days / scale, 8);
  cairo_fill (cr);

  /* A tick at each stage change. */
  if (self->events != NULL && self->process != NULL)
    {
      GDate start;
      guint n = g_list_model_get_n_items (self->events);

      if (cal_funnel_parse_day (cal_process_get_started_on (self->process), &start))
        for (guint i = 1; i < n; i++)
          {
            g_autoptr(CalProcessEvent) e = g_list_model_get_item (self->events, i);
            g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (cal_process_event_get_created (e));
            GDate d;
            double x;

            g_date_clear (&d, 1);
            g_date_set_dmy (&d, g_date_time_get_day_of_month (when), g_date_time_get_month (when),
                            g_date_time_get_year (when));
            x = width * MAX (0, g_date_days_between (&start, &d)) / scale;
            fg.alpha = 0.8;
            gdk_cairo_set_source_rgba (cr, &fg);
            cairo_rectangle (cr, MIN (x, width - 2), bar_y - 4, 2, 16);
            cairo_fill (cr);
          }
    }
}

static void
update_header (CalProcessPage *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *timeline = NULL;
  const char *outcome = cal_process_get_outcome (self->process);
  int days = elapsed_days (self);

  heading = self->job != NULL
            ? g_strdup_printf ("%s — %s", cal_job_get_company (self->job), cal_job_get_title (self->job))
            : g_strdup (_("Process"));
  gtk_label_set_text (self->heading_label, heading);

  if (*outcome != '\0')
    stage = g_strdup_printf (_("%s in %s, since %s"), cal_funnel_outcome_label (outcome),
                             cal_funnel_stage_label (cal_process_get_stage (self->process)),
                             cal_process_get_ended_on (self->process));
  else
    stage = g_strdup_printf (_("%s · started %s"), cal_funnel_stage_label (cal_process_get_stage (self->process)),
                             cal_process_get_started_on (self->process));
  gtk_label_set_text (self->stage_label, stage);

  if (days < CAL_FUNNEL_TYPICAL_LOOP_MIN_DAYS)
    timeline = g_strdup_printf (_("Day %d. A typical loop takes 4–8 weeks (the shaded span)."), days);
  else if (days <= CAL_FUNNEL_TYPICAL_LOOP_MAX_DAYS)
    timeline = g_strdup_printf (_("Day %d: inside the typical 4–8 weeks."), days);
  else
    timeline = g_strdup_printf (_("Day %d: longer than the typical 4–8 weeks. Ask the recruiter where things stand."), days);
  gtk_label_set_text (self->timeline_label, timeline);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    CalProcessPage  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *ics = NULL;
  guint skipped = 0;

  if (response != GTK_RESPONSE_ACCEPT || self->process == NULL)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  /* Pending edits of round dates first, so the file has what is shown. */
  if (!cal_autosave_flush (cal_context_get_autosave (self->context), &error) ||
      (ics = cal_ics_export_process (cal_context_get_store (self->context),
                                     cal_process_get_id (self->process), now, &skipped, &error)) == NULL ||
      !g_file_replace_contents (file, ics, strlen (ics), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      toast (self, error->message);
      goto out;
    }

  if (skipped > 0)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "Rounds exported; %u round without a date was left out",
                                                               "Rounds exported; %u rounds without a date were left out",
                                                               skipped), skipped);
      toast (self, message);
    }
  else
    toast (self, _("Rounds exported"));

out:
  g_clear_object (&self->chooser);
}

static void
export_rounds_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CalProcessPage *self = CAL_PROCESS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->process == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Rounds"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Calendar (.ics)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = g_strdup_printf ("%s-rounds.ics", self->job != NULL && *cal_job_get_company (self->job) != '\0'
                                           ? cal_job_get_company (self->job) : "interview");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_offer_added (CalProcessPage *self)
{
  clear_dynamic_rows (self);
  fill_rounds (self);
  fill_offers (self);
  fill_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
  toast (self, _("Offer added"));
}

static void
add_offer_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CalProcessPage *self = CAL_PROCESS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->process == NULL)
    return;

  dialog = cal_offer_dialog_new (cal_context_get_store (self->context), cal_process_get_id (self->process));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "offer-added", G_CALLBACK (on_offer_added), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cal_process_page_dispose (GObject *object)
{
  CalProcessPage *self = CAL_PROCESS_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->context);
  g_clear_object (&self->process);
  g_clear_object (&self->job);
  g_clear_object (&self->rounds);
  g_clear_object (&self->events);
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_PROCESS_PAGE);

  G_OBJECT_CLASS (cal_process_page_parent_class)->dispose (object);
}

static void
cal_process_page_class_init (CalProcessPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_process_page_dispose;

  /**
   * CalProcessPage::toast:
   * @message: what to tell the user
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CalProcessPage::changed:
   *
   * Something the board shows changed (next step, offers).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-process-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, heading_label);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, stage_label);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, timeline_label);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, rounds_group);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, offers_group);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, recruiter_row);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, CalProcessPage, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_next_step_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_due_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_recruiter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_email_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_source_changed);

  gtk_widget_class_install_action (widget_class, "process.export-rounds", NULL, export_rounds_action);
  gtk_widget_class_install_action (widget_class, "process.add-offer", NULL, add_offer_action);
}

static void
cal_process_page_init (CalProcessPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->dynamic_rows = g_ptr_array_new ();
  self->rounds = g_list_store_new (CAL_TYPE_ROUND);
  gtk_drawing_area_set_draw_func (self->timeline, draw_timeline, self, NULL);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cal_process_page_new (void)
{
  return g_object_new (CAL_TYPE_PROCESS_PAGE, NULL);
}

/**
 * cal_process_page_load:
 * @self: a page
 * @context: the app's context
 * @process_id: the process to show
 *
 * (Re)loads everything from the store; pending edits are written first so
 * nothing typed is lost when the board moves the process.
 */
void
cal_process_page_load (CalProcessPage *self,
                       CalContext     *context,
                       gint64          process_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(GListModel) rounds = NULL;
  CalStore *store = cal_context_get_store (context);
  CalAutosave *autosave = cal_context_get_autosave (context);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);

  g_return_if_fail (CAL_IS_PROCESS_PAGE (self));

  if (!cal_autosave_flush (autosave, &error))
    {
      toast (self, error->message);
      g_clear_error (&error);
    }

  process = cal_store_get_process (store, process_id, &error);
  if (process == NULL)
    {
      toast (self, error->message);
      return;
    }

  g_set_object (&self->context, context);
  g_set_object (&self->process, process);
  g_clear_object (&self->job);
  self->job = cal_store_get_job (store, cal_process_get_job_id (process), NULL);
  g_clear_object (&self->events);
  self->events = cal_store_list_process_events (store, process_id, NULL);
  rounds = cal_store_list_rounds (store, process_id, 0, NULL);
  g_list_store_remove_all (self->rounds);
  if (rounds != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
      {
        g_autoptr(GObject) round = g_list_model_get_item (rounds, i);
        g_list_store_append (self->rounds, round);
      }

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->next_step_row), cal_process_get_next_step (process));
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), cal_process_get_next_step_due (process));
  gtk_editable_set_text (GTK_EDITABLE (self->recruiter_row), cal_process_get_recruiter_name (process));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), cal_process_get_recruiter_email (process));
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), cal_process_get_source (process));
  gtk_text_buffer_set_text (buffer, cal_process_get_notes (process), -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");

  clear_dynamic_rows (self);
  fill_rounds (self);
  fill_offers (self);
  fill_history (self);
  update_header (self);
  self->loading = FALSE;
}

gint64
cal_process_page_get_process_id (CalProcessPage *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_PAGE (self), 0);

  return self->process != NULL ? cal_process_get_id (self->process) : 0;
}

/**
 * cal_process_page_dup_title:
 * @self: a page
 *
 * Returns: (transfer full): the company, for the header bar
 */
char *
cal_process_page_dup_title (CalProcessPage *self)
{
  g_return_val_if_fail (CAL_IS_PROCESS_PAGE (self), NULL);

  if (self->job != NULL && *cal_job_get_company (self->job) != '\0')
    return g_strdup (cal_job_get_company (self->job));
  return g_strdup (_("Process"));
}
