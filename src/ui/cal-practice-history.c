/* cal-practice-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every attempt at one question, newest first, with the plot of how
 * pace, fillers and level moved from one attempt to the next.
 */

#define G_LOG_DOMAIN "cal-practice-history"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cal-coach-report-view.h"
#include "cal-history-plot.h"
#include "cal-practice-history.h"
#include "cal-speech-stats.h"

struct _CalPracticeHistory
{
  AdwBin          parent_instance;

  AdwPreferencesGroup *group;
  GtkListBox     *list;
  GtkWidget      *plot_frame;
  CalHistoryPlot *plot;

  guint           n_attempts;

  /* Rows still to add (see append_rows()). */
  GListModel     *pending;
  gint64          pending_selected_id;
  guint           pending_next;
  guint           pending_idle;
};

/* Rows added at once, then by each idle pass: a row's first measure (its
 * wrapping labels) is most of its cost, and the list sits below the
 * attempt, so the first frame needs only its top. */
#define ROWS_BATCH 8

G_DEFINE_FINAL_TYPE (CalPracticeHistory, cal_practice_history, ADW_TYPE_BIN)

enum {
  ACTIVATED,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
verdict_rank (const char *verdict)
{
  if (g_strcmp0 (verdict, "below") == 0)
    return 0;
  if (g_strcmp0 (verdict, "at") == 0)
    return 1;
  if (g_strcmp0 (verdict, "above") == 0)
    return 2;
  return -1;
}

static void
on_row_activated (CalPracticeHistory *self,
                  GtkListBoxRow      *row)
{
  CalPractice *practice = g_object_get_data (G_OBJECT (row), "cal-practice");

  if (practice != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, practice);
}

static void
on_delete_clicked (GtkButton          *button,
                   CalPracticeHistory *self)
{
  CalPractice *practice = g_object_get_data (G_OBJECT (button), "cal-practice");

  g_signal_emit (self, signals[DELETE], 0, practice);
}

static void
clear_pending (CalPracticeHistory *self)
{
  g_clear_handle_id (&self->pending_idle, g_source_remove);
  g_clear_object (&self->pending);
  self->pending_next = 0;
}

static void
cal_practice_history_dispose (GObject *object)
{
  clear_pending (CAL_PRACTICE_HISTORY (object));

  G_OBJECT_CLASS (cal_practice_history_parent_class)->dispose (object);
}

static void
cal_practice_history_class_init (CalPracticeHistoryClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);


  /**
   * CalPracticeHistory::attempt-activated:
   * @self: the history
   * @practice: the attempt to show
   */
  signals[ACTIVATED] =
    g_signal_new ("attempt-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CAL_TYPE_PRACTICE);

  /**
   * CalPracticeHistory::attempt-delete:
   * @self: the history
   * @practice: the attempt the user wants gone
   */
  signals[DELETE] =
    g_signal_new ("attempt-delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CAL_TYPE_PRACTICE);

  G_OBJECT_CLASS (klass)->dispose = cal_practice_history_dispose;

  g_type_ensure (CAL_TYPE_HISTORY_PLOT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-practice-history.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPracticeHistory, group);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeHistory, list);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeHistory, plot_frame);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeHistory, plot);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
cal_practice_history_init (CalPracticeHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_practice_history_new (void)
{
  return g_object_new (CAL_TYPE_PRACTICE_HISTORY, NULL);
}

static GtkWidget *
attempt_row (CalPracticeHistory *self,
             CalPractice        *practice,
             JsonObject         *report,
             gboolean            selected)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete;
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (cal_practice_get_created (practice));
  g_autofree char *date = created != NULL ? g_date_time_format (created, _("%e %b %Y, %H:%M")) : g_strdup ("");
  g_autofree char *length = cal_speech_format_time (cal_practice_get_duration (practice));
  g_autofree char *subtitle = NULL;

  if (report != NULL)
    {
      g_autofree char *verdict = cal_coach_report_format_verdict (json_object_get_string_member_with_default (report, "verdict", NULL));

      /* Translators: length · words a minute · fillers a minute · level verdict */
      subtitle = g_strdup_printf (_("%s · %.0f wpm · %.1f fillers/min · %s"), length,
                                  json_object_get_double_member_with_default (report, "wpm", 0),
                                  json_object_get_double_member_with_default (report, "fillers_per_min", 0),
                                  verdict);
    }
  else
    {
      /* Translators: the length of an attempt not yet analysed */
      subtitle = g_strdup_printf (_("%s · not analysed"), length);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_strstrip (date));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "cal-practice", g_object_ref (practice), g_object_unref);

  if (selected)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));

  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete this attempt"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete this attempt"), -1);
  gtk_widget_add_css_class (delete, "flat");
  g_object_set_data_full (G_OBJECT (delete), "cal-practice", g_object_ref (practice), g_object_unref);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

  return row;
}

static JsonNode *
parse_report (CalPractice *practice)
{
  JsonNode *node = NULL;

  if (*cal_practice_get_report (practice) != '\0')
    node = json_from_string (cal_practice_get_report (practice), NULL);
  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    g_clear_pointer (&node, json_node_unref);
  return node;
}

/* Adds up to @max rows of the attempts set last. */
static void
append_rows (CalPracticeHistory *self,
             guint               max)
{
  guint n, end;

  if (self->pending == NULL)
    return;

  n = g_list_model_get_n_items (self->pending);
  end = MIN (n, self->pending_next + max);
  for (guint i = self->pending_next; i < end; i++)
    {
      g_autoptr(CalPractice) practice = g_list_model_get_item (self->pending, i);
      g_autoptr(JsonNode) node = parse_report (practice);

      gtk_list_box_append (self->list, attempt_row (self, practice, node != NULL ? json_node_get_object (node) : NULL,
                                                    cal_practice_get_id (practice) == self->pending_selected_id));
    }
  self->pending_next = end;
  if (end >= n)
    g_clear_object (&self->pending);
}

static gboolean
append_rows_idle (gpointer data)
{
  CalPracticeHistory *self = data;

  append_rows (self, ROWS_BATCH);
  if (self->pending != NULL)
    return G_SOURCE_CONTINUE;
  self->pending_idle = 0;
  return G_SOURCE_REMOVE;
}

/**
 * cal_practice_history_set_practices:
 * @self: a #CalPracticeHistory
 * @practices: the attempts at one question, newest first
 * @selected_id: the attempt shown above, marked in the list
 * @pace_min_wpm: the slow end of a good pace
 * @pace_max_wpm: the fast end
 */
void
cal_practice_history_set_practices (CalPracticeHistory *self,
                                    GListModel         *practices,
                                    gint64              selected_id,
                                    double              pace_min_wpm,
                                    double              pace_max_wpm)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (CalHistoryPoint));
  GtkWidget *child;
  guint n;

  g_return_if_fail (CAL_IS_PRACTICE_HISTORY (self));
  g_return_if_fail (G_IS_LIST_MODEL (practices));

  clear_pending (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  n = g_list_model_get_n_items (practices);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalPractice) practice = g_list_model_get_item (practices, i);
      g_autoptr(JsonNode) node = parse_report (practice);
      JsonObject *report = node != NULL ? json_node_get_object (node) : NULL;

      if (report != NULL)
        {
          CalHistoryPoint point = {
            json_object_get_double_member_with_default (report, "wpm", 0),
            json_object_get_double_member_with_default (report, "fillers_per_min", 0),
            verdict_rank (json_object_get_string_member_with_default (report, "verdict", NULL)),
          };

          /* The list is newest first; the plot reads left to right. */
          g_array_prepend_val (points, point);
        }
    }

  self->pending = g_object_ref (practices);
  self->pending_selected_id = selected_id;
  append_rows (self, ROWS_BATCH);
  if (self->pending != NULL)
    self->pending_idle = g_idle_add_full (G_PRIORITY_LOW, append_rows_idle, self, NULL);

  self->n_attempts = n;
  cal_history_plot_set_pace_band (self->plot, pace_min_wpm, pace_max_wpm);
  cal_history_plot_set_points (self->plot, (const CalHistoryPoint *) points->data, points->len);
  gtk_widget_set_visible (self->plot_frame, points->len > 0);
}

/**
 * cal_practice_history_get_n_attempts:
 * @self: a #CalPracticeHistory
 *
 * Returns: how many attempts are listed
 */
guint
cal_practice_history_get_n_attempts (CalPracticeHistory *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_HISTORY (self), 0);

  return self->n_attempts;
}
