/* cal-coach-report-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The coach's report on one spoken answer, read from the JSON stored on
 * the practice, so an old attempt shows the same report it had when it
 * was made.
 */

#define G_LOG_DOMAIN "cal-coach-report-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-coach-report-view.h"
#include "cal-speech-stats.h"

struct _CalCoachReportView
{
  AdwBin                parent_instance;

  AdwActionRow         *duration_row;
  AdwActionRow         *words_row;
  AdwActionRow         *pace_row;
  AdwExpanderRow       *pauses_row;
  AdwExpanderRow       *fillers_row;
  AdwExpanderRow       *hedges_row;
  AdwActionRow         *star_row;
  AdwActionRow         *impact_row;
  AdwActionRow         *level_row;
  AdwPreferencesGroup  *advice_group;

  GPtrArray            *pause_rows;
  GPtrArray            *filler_rows;
  GPtrArray            *hedge_rows;
  GPtrArray            *advice_rows;
  GtkWidget            *star_box;
};

G_DEFINE_FINAL_TYPE (CalCoachReportView, cal_coach_report_view, ADW_TYPE_BIN)

enum {
  SEEK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_expander (AdwExpanderRow *expander,
                GPtrArray      *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_remove (expander, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
on_time_clicked (GtkButton          *button,
                 CalCoachReportView *self)
{
  double *at = g_object_get_data (G_OBJECT (button), "cal-at");

  g_signal_emit (self, signals[SEEK], 0, *at);
}

/* A small flat button showing a time in the recording; it plays the
 * recording from there. */
static GtkWidget *
time_button (CalCoachReportView *self,
             double              at)
{
  g_autofree char *time = cal_speech_format_time (at);
  g_autofree char *a11y = g_strdup_printf (_("Play from %s"), time);
  GtkWidget *button = gtk_button_new_with_label (time);
  double *data = g_new (double, 1);

  *data = at;
  g_object_set_data_full (G_OBJECT (button), "cal-at", data, g_free);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, a11y);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_time_clicked), self);
  return button;
}

static GtkWidget *
add_expander_row (AdwExpanderRow *expander,
                  GPtrArray      *rows,
                  const char     *title,
                  const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_expander_row_add_row (expander, row);
  g_ptr_array_add (rows, row);
  return row;
}

static double
get_double (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;
  return json_node_get_double (node);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_bool (JsonObject *object,
          const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;
  return json_node_get_boolean (node);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  JsonObject *counts = user_data;
  gint64 ca = json_object_get_int_member (counts, *(const char **) a);
  gint64 cb = json_object_get_int_member (counts, *(const char **) b);

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* Fills @expander with one row per phrase of a word → count map, most
 * frequent first, and returns the total. */
static gint64
fill_counts (AdwExpanderRow *expander,
             GPtrArray      *rows,
             JsonObject     *counts)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GList) members = NULL;
  gint64 total = 0;

  if (counts == NULL)
    return 0;

  members = json_object_get_members (counts);
  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (names, l->data);
  g_ptr_array_sort_with_data (names, compare_counts, counts);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gint64 count = json_object_get_int_member (counts, name);
      g_autofree char *quoted = g_strdup_printf ("“%s”", name);
      g_autofree char *times = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d time", "%d times", count),
                                                (int) count);

      add_expander_row (expander, rows, quoted, times);
      total += count;
    }

  return total;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
set_star (CalCoachReportView *self,
          JsonObject         *star)
{
  /* Translators: the letters are the first letters of Situation, Task,
   * Action and Result in your language ("star letter" context). */
  static const struct { const char *id; const char *name; const char *letter; } parts[] = {
    { "situation", N_("Situation"), NC_("star letter", "S") },
    { "task", N_("Task"), NC_("star letter", "T") },
    { "action", N_("Action"), NC_("star letter", "A") },
    { "result", N_("Result"), NC_("star letter", "R") },
  };
  guint covered = 0;
  g_autofree char *subtitle = NULL;

  if (self->star_box != NULL)
    adw_action_row_remove (self->star_row, self->star_box);
  self->star_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->star_box, GTK_ALIGN_CENTER);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gboolean has = get_bool (star, parts[i].id);
      g_autofree char *a11y = g_strdup_printf (has ? _("%s: covered") : _("%s: missing"), _(parts[i].name));
      GtkWidget *label = gtk_label_new (g_dpgettext2 (GETTEXT_PACKAGE, "star letter", parts[i].letter));

      gtk_widget_add_css_class (label, "star-part");
      gtk_widget_add_css_class (label, has ? "success" : "dim-label");
      gtk_widget_set_tooltip_text (label, a11y);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      gtk_box_append (GTK_BOX (self->star_box), label);
      covered += has;
    }
  adw_action_row_add_suffix (self->star_row, self->star_box);

  if (covered == 4)
    subtitle = g_strdup (_("All four parts: situation, task, action and result"));
  else
    {
      g_autoptr(GString) missing = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (!get_bool (star, parts[i].id))
          {
            if (missing->len > 0)
              g_string_append (missing, ", ");
            g_string_append (missing, _(parts[i].name));
          }
      /* Translators: %s lists the missing parts of a STAR answer */
      subtitle = g_strdup_printf (_("Missing: %s"), missing->str);
    }
  adw_action_row_set_subtitle (self->star_row, subtitle);
}

static void
cal_coach_report_view_finalize (GObject *object)
{
  CalCoachReportView *self = CAL_COACH_REPORT_VIEW (object);

  g_clear_pointer (&self->pause_rows, g_ptr_array_unref);
  g_clear_pointer (&self->filler_rows, g_ptr_array_unref);
  g_clear_pointer (&self->hedge_rows, g_ptr_array_unref);
  g_clear_pointer (&self->advice_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_coach_report_view_parent_class)->finalize (object);
}

static void
cal_coach_report_view_class_init (CalCoachReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cal_coach_report_view_finalize;

  /**
   * CalCoachReportView::seek:
   * @self: the view
   * @at: a time in the recording, in seconds
   *
   * The user asked to hear the moment a point of the report is about.
   */
  signals[SEEK] =
    g_signal_new ("seek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-coach-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, duration_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, words_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, pace_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, pauses_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, fillers_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, hedges_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, star_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, impact_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, level_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoachReportView, advice_group);
}

static void
cal_coach_report_view_init (CalCoachReportView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pause_rows = g_ptr_array_new ();
  self->filler_rows = g_ptr_array_new ();
  self->hedge_rows = g_ptr_array_new ();
  self->advice_rows = g_ptr_array_new ();
}

GtkWidget *
cal_coach_report_view_new (void)
{
  return g_object_new (CAL_TYPE_COACH_REPORT_VIEW, NULL);
}

/**
 * cal_coach_report_format_verdict:
 * @verdict: (nullable): "below", "at" or "above"
 *
 * Returns: (transfer full): the verdict in words
 */
char *
cal_coach_report_format_verdict (const char *verdict)
{
  if (g_strcmp0 (verdict, "below") == 0)
    return g_strdup (_("Below level"));
  if (g_strcmp0 (verdict, "at") == 0)
    return g_strdup (_("At level"));
  if (g_strcmp0 (verdict, "above") == 0)
    return g_strdup (_("Above level"));
  return g_strdup (_("No verdict"));
}

/**
 * cal_coach_report_format_level:
 * @level_id: (nullable): a catalog level id
 *
 * Returns: (transfer full): the level's name
 */
char *
cal_coach_report_format_level (const char *level_id)
{
  const CalCatalogLevel *level;

  if (level_id == NULL || *level_id == '\0')
    return g_strdup (_("unknown"));
  level = cal_catalog_get_level (cal_catalog_get_default (), level_id);
  return g_strdup (level != NULL ? level->name : level_id);
}

/**
 * cal_coach_report_view_set_report:
 * @self: a #CalCoachReportView
 * @report: the coach report, as `calibrd-cli coach --json` prints it
 * @target_s: how long an answer should take
 * @pace_min_wpm: the slow end of a good pace
 * @pace_max_wpm: the fast end
 */
void
cal_coach_report_view_set_report (CalCoachReportView *self,
                                  JsonObject         *report,
                                  double              target_s,
                                  double              pace_min_wpm,
                                  double              pace_max_wpm)
{
  g_autofree char *duration = NULL;
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;
  g_autofree char *detected = NULL;
  g_autofree char *aimed = NULL;
  g_autofree char *verdict = NULL;
  JsonArray *pauses, *clusters, *advice;
  double seconds, wpm, variation, fillers_per_min;
  gint64 n_fillers, n_hedges;

  g_return_if_fail (CAL_IS_COACH_REPORT_VIEW (self));
  g_return_if_fail (report != NULL);

  /* Duration against the target length. */
  seconds = get_double (report, "duration_s");
  duration = cal_speech_format_time (seconds);
  target = cal_speech_format_time (target_s);
  if (seconds > target_s * 1.25)
    /* Translators: the answer's length, then the target length */
    text = g_strdup_printf (_("%s — longer than the %s target"), duration, target);
  else if (seconds < target_s * 0.5)
    text = g_strdup_printf (_("%s — much shorter than the %s target"), duration, target);
  else
    text = g_strdup_printf (_("%s — about the %s target"), duration, target);
  adw_action_row_set_subtitle (self->duration_row, text);
  g_clear_pointer (&text, g_free);

  text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) get_double (report, "words"));
  adw_action_row_set_subtitle (self->words_row, text);
  g_clear_pointer (&text, g_free);

  /* Pace in its band, and how much it wanders. */
  wpm = get_double (report, "wpm");
  variation = get_double (report, "wpm_variation");
  if (wpm < pace_min_wpm)
    /* Translators: words per minute, the good band, then how much the pace varies */
    text = g_strdup_printf (_("%.0f words a minute — slower than %.0f–%.0f · varies by %.0f"),
                            wpm, pace_min_wpm, pace_max_wpm, variation);
  else if (wpm > pace_max_wpm)
    text = g_strdup_printf (_("%.0f words a minute — faster than %.0f–%.0f · varies by %.0f"),
                            wpm, pace_min_wpm, pace_max_wpm, variation);
  else
    text = g_strdup_printf (_("%.0f words a minute — within %.0f–%.0f · varies by %.0f"),
                            wpm, pace_min_wpm, pace_max_wpm, variation);
  adw_action_row_set_subtitle (self->pace_row, text);
  g_clear_pointer (&text, g_free);

  /* Long pauses, each with its time. */
  clear_expander (self->pauses_row, self->pause_rows);
  pauses = get_array (report, "long_pauses");
  for (guint i = 0; pauses != NULL && i < json_array_get_length (pauses); i++)
    {
      JsonObject *pause = json_array_get_object_element (pauses, i);
      double start = get_double (pause, "start");
      g_autofree char *at = cal_speech_format_time (start);
      g_autofree char *title = g_strdup_printf (_("%.1f s of silence at %s"),
                                                get_double (pause, "end") - start, at);
      GtkWidget *row = add_expander_row (self->pauses_row, self->pause_rows, title, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_button (self, start));
    }
  if (pauses == NULL || json_array_get_length (pauses) == 0)
    text = g_strdup (_("None"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u long pause", "%u long pauses",
                                         json_array_get_length (pauses)),
                            json_array_get_length (pauses));
  adw_expander_row_set_subtitle (self->pauses_row, text);
  adw_expander_row_set_enable_expansion (self->pauses_row, self->pause_rows->len > 0);
  g_clear_pointer (&text, g_free);

  /* Fillers: how many, how often, which, and where they bunch up. */
  clear_expander (self->fillers_row, self->filler_rows);
  n_fillers = fill_counts (self->fillers_row, self->filler_rows, get_object (report, "fillers"));
  clusters = get_array (report, "filler_clusters");
  for (guint i = 0; clusters != NULL && i < json_array_get_length (clusters); i++)
    {
      JsonObject *cluster = json_array_get_object_element (clusters, i);
      double start = get_double (cluster, "start");
      g_autofree char *from = cal_speech_format_time (start);
      g_autofree char *to = cal_speech_format_time (get_double (cluster, "end"));
      /* Translators: a bunch of filler words close together, with its time span */
      g_autofree char *title = g_strdup_printf (_("Cluster of %d fillers, %s–%s"),
                                                (int) get_double (cluster, "count"), from, to);
      GtkWidget *row = add_expander_row (self->fillers_row, self->filler_rows, title, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_button (self, start));
    }
  fillers_per_min = get_double (report, "fillers_per_min");
  if (n_fillers == 0)
    text = g_strdup (_("None heard"));
  else
    /* Translators: the number of filler words, then how many a minute */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d filler, %.1f a minute",
                                         "%d fillers, %.1f a minute", n_fillers),
                            (int) n_fillers, fillers_per_min);
  adw_expander_row_set_subtitle (self->fillers_row, text);
  adw_expander_row_set_enable_expansion (self->fillers_row, self->filler_rows->len > 0);
  g_clear_pointer (&text, g_free);

  clear_expander (self->hedges_row, self->hedge_rows);
  n_hedges = fill_counts (self->hedges_row, self->hedge_rows, get_object (report, "hedges"));
  if (n_hedges == 0)
    text = g_strdup (_("None heard"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hedging word", "%d hedging words", n_hedges),
                            (int) n_hedges);
  adw_expander_row_set_subtitle (self->hedges_row, text);
  adw_expander_row_set_enable_expansion (self->hedges_row, self->hedge_rows->len > 0);
  g_clear_pointer (&text, g_free);

  /* Content. */
  set_star (self, get_object (report, "star"));
  adw_action_row_set_subtitle (self->impact_row,
                               get_bool (report, "impact_first")
                                 ? _("Yes — the impact comes in the first sentence")
                                 : _("No — open with the result and its size"));

  detected = cal_coach_report_format_level (get_string (report, "detected_level"));
  aimed = cal_coach_report_format_level (get_string (report, "target_level"));
  verdict = cal_coach_report_format_verdict (get_string (report, "verdict"));
  /* Translators: the verdict, the level the answer sounds like, the level aimed at */
  text = g_strdup_printf (_("%s: sounds %s, aiming at %s"), verdict, detected, aimed);
  adw_action_row_set_subtitle (self->level_row, text);
  g_clear_pointer (&text, g_free);

  /* Advice, in the coach's order. */
  for (guint i = 0; i < self->advice_rows->len; i++)
    adw_preferences_group_remove (self->advice_group, g_ptr_array_index (self->advice_rows, i));
  g_ptr_array_set_size (self->advice_rows, 0);
  advice = get_array (report, "advice");
  for (guint i = 0; advice != NULL && i < json_array_get_length (advice); i++)
    {
      JsonObject *point = json_array_get_object_element (advice, i);
      JsonNode *at = json_object_get_member (point, "at");
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), get_string (point, "text"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-important-symbolic"));
      if (at != NULL && JSON_NODE_HOLDS_VALUE (at))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_button (self, json_node_get_double (at)));
      adw_preferences_group_add (self->advice_group, row);
      g_ptr_array_add (self->advice_rows, row);
    }
  if (self->advice_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing to change: keep answering like this."));
      adw_preferences_group_add (self->advice_group, row);
      g_ptr_array_add (self->advice_rows, row);
    }
}
