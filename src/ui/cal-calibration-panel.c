/* cal-calibration-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-calibration-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-calibration-panel.h"
#include "cal-calibrator.h"
#include "cal-catalog.h"

/* CalCalibrationPanel shows how a story reads against the level it aims
 * at: the verdict, the scope ladder with the story's rung and the target's,
 * one row per check, the suggestions (each quoting its sentence) and what
 * the next rung up looks like. It grades whatever it is handed; the editor
 * decides when (after a typing pause). */

typedef enum
{
  CHECK_IMPACT_FIRST,
  CHECK_METRIC,
  CHECK_BEFORE_AFTER,
  CHECK_STAR,
  CHECK_I_WE,
  CHECK_HEDGES,
  N_CHECKS
} Check;

struct _CalCalibrationPanel
{
  GtkBox          parent_instance;

  GtkWidget      *verdict_box;
  GtkLabel       *verdict_label;
  GtkLabel       *aim_label;
  GtkWidget      *details_box;
  GtkBox         *ladder_box;
  AdwPreferencesGroup *checks_group;
  GtkListBox     *suggestions_list;
  GtkWidget      *next_group;
  AdwExpanderRow *next_row;
  AdwActionRow   *next_owns_row;
  AdwActionRow   *next_signals_row;
  AdwActionRow   *next_step_row;
  AdwActionRow   *next_guide_row;
  char           *track;

  GtkWidget      *rungs[CAL_SCOPE_N];
  GtkWidget      *story_marks[CAL_SCOPE_N];
  GtkWidget      *target_marks[CAL_SCOPE_N];
  AdwActionRow   *check_rows[N_CHECKS];
  GtkImage       *check_icons[N_CHECKS];

  CalCalibrator  *calibrator;
  CalCalibration *calibration;
};

G_DEFINE_FINAL_TYPE (CalCalibrationPanel, cal_calibration_panel, GTK_TYPE_BOX)

static const char *
scope_name (CalScope scope)
{
  switch (scope)
    {
    case CAL_SCOPE_TASK:
      return _("Task");
    case CAL_SCOPE_PROJECT:
      return _("Project");
    case CAL_SCOPE_TEAM:
      return _("Team");
    case CAL_SCOPE_MULTI_TEAM:
      return _("Multi-team");
    case CAL_SCOPE_ORG:
      return _("Organisation");
    case CAL_SCOPE_COMPANY:
      return _("Company");
    case CAL_SCOPE_N:
    default:
      return "";
    }
}

static const char *
level_name (const char *level_id)
{
  const CalCatalogLevel *level;

  if (level_id == NULL || *level_id == '\0')
    return _("no level");
  level = cal_catalog_get_level (cal_catalog_get_default (), level_id);
  return level != NULL ? level->name : level_id;
}

/* The rung right above @level_id on the same ladder, or NULL at the top. */
static const CalCatalogLevel *
next_level (const CalCatalogLevel *level)
{
  GPtrArray *levels = cal_catalog_get_levels (cal_catalog_get_default ());

  for (guint i = 0; i < levels->len; i++)
    {
      const CalCatalogLevel *other = g_ptr_array_index (levels, i);

      if (g_strcmp0 (other->ladder, level->ladder) == 0 && other->rank == level->rank + 1)
        return other;
    }
  return NULL;
}

static void
set_check (CalCalibrationPanel *self,
           Check                check,
           gboolean             pass,
           const char          *detail)
{
  GtkWidget *icon = GTK_WIDGET (self->check_icons[check]);

  gtk_image_set_from_icon_name (self->check_icons[check],
                                pass ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (icon, pass ? "check-fail" : "check-pass");
  gtk_widget_add_css_class (icon, pass ? "check-pass" : "check-fail");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pass ? _("Passed") : _("Needs work"),
                                  -1);
  adw_action_row_set_subtitle (self->check_rows[check], detail);
}

static void
update_checks (CalCalibrationPanel *self,
               CalCalibration      *cal)
{
  static const char *part_names[CAL_STAR_N] = { N_("Situation"), N_("Task"), N_("Action"), N_("Result") };
  g_autoptr(GString) missing = g_string_new (NULL);
  GHashTable *hedges = cal_calibration_get_hedges (cal);
  guint i_count = cal_calibration_get_i_count (cal);
  guint we_count = cal_calibration_get_we_count (cal);
  g_autofree char *i_we = NULL;

  set_check (self, CHECK_IMPACT_FIRST, cal_calibration_get_impact_first (cal),
             cal_calibration_get_impact_first (cal)
               ? _("The first sentence says what changed and how much.")
               : _("Open with the outcome and its size, then tell how you got there."));
  set_check (self, CHECK_METRIC, cal_calibration_get_has_metric (cal),
             cal_calibration_get_has_metric (cal)
               ? _("The result carries a number.")
               : _("Put a number on the result: time, money, users, errors, people."));
  set_check (self, CHECK_BEFORE_AFTER, cal_calibration_get_before_after (cal),
             cal_calibration_get_before_after (cal)
               ? _("It shows where things started and where they ended.")
               : _("Give the before and the after, e.g. “from 60 pages a month to 28”."));

  for (guint p = 0; p < CAL_STAR_N; p++)
    if (!cal_calibration_get_star (cal, p))
      {
        if (missing->len > 0)
          g_string_append (missing, ", ");
        g_string_append (missing, _(part_names[p]));
      }
  if (missing->len == 0)
    set_check (self, CHECK_STAR, TRUE, _("Situation, task, action and result are all there."));
  else
    {
      g_autofree char *detail = g_strdup_printf (_("Missing: %s."), missing->str);
      set_check (self, CHECK_STAR, FALSE, detail);
    }

  /* Interviewers hire the teller, not the team: "I" should carry the action. */
  i_we = g_strdup_printf (_("“I” %u times, “we” %u times."), i_count, we_count);
  set_check (self, CHECK_I_WE, i_count > 0 && i_count >= we_count, i_we);

  if (hedges == NULL || g_hash_table_size (hedges) == 0)
    set_check (self, CHECK_HEDGES, TRUE, _("No hedging words."));
  else
    {
      g_autoptr(GString) words = g_string_new (NULL);
      g_autofree char *detail = NULL;
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, hedges);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_string_append_printf (words, "%s“%s”", words->len > 0 ? ", " : "", (const char *) key);
      detail = g_strdup_printf (_("Hedges weaken the claim: %s."), words->str);
      set_check (self, CHECK_HEDGES, FALSE, detail);
    }
}

static void
update_ladder (CalCalibrationPanel *self,
               int                  story_rung,
               int                  target_rung)
{
  for (int r = 0; r < CAL_SCOPE_N; r++)
    {
      gtk_widget_set_visible (self->story_marks[r], r == story_rung);
      gtk_widget_set_visible (self->target_marks[r], r == target_rung);
      if (r == story_rung)
        gtk_widget_add_css_class (self->rungs[r], "story-rung");
      else
        gtk_widget_remove_css_class (self->rungs[r], "story-rung");
      if (r == target_rung)
        gtk_widget_add_css_class (self->rungs[r], "target-rung");
      else
        gtk_widget_remove_css_class (self->rungs[r], "target-rung");
    }
}

static void
update_suggestions (CalCalibrationPanel *self,
                    CalCalibration      *cal)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list))) != NULL)
    gtk_list_box_remove (self->suggestions_list, child);

  for (guint i = 0; i < cal_calibration_get_n_suggestions (cal); i++)
    {
      const CalSuggestion *suggestion = cal_calibration_get_suggestion (cal, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *label = gtk_label_new (suggestion->text);

      gtk_widget_add_css_class (box, "suggestion");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);

      if (suggestion->sentence != NULL && *suggestion->sentence != '\0')
        {
          g_autofree char *quoted = g_strdup_printf (_("“%s”"), suggestion->sentence);
          GtkWidget *quote = gtk_label_new (quoted);

          gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (quote), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (GTK_LABEL (quote), 0);
          gtk_label_set_selectable (GTK_LABEL (quote), TRUE);
          gtk_widget_add_css_class (quote, "suggestion-quote");
          gtk_box_append (GTK_BOX (box), quote);
        }

      gtk_list_box_append (self->suggestions_list, box);
    }
}

static void
update_next_level (CalCalibrationPanel *self,
                   const char          *target_level)
{
  const CalCatalogLevel *target = NULL, *next = NULL;
  g_autofree char *title = NULL;
  g_autofree char *signals = NULL;

  if (target_level != NULL && *target_level != '\0')
    target = cal_catalog_get_level (cal_catalog_get_default (), target_level);
  if (target != NULL)
    next = next_level (target);

  gtk_widget_set_visible (self->next_group, next != NULL);
  if (next == NULL)
    return;

  title = g_strdup_printf (_("What reads as %s"), next->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), title);
  {
    CalScope scope = CAL_SCOPE_TASK;

    if (next->scope != NULL && cal_scope_from_string (next->scope, &scope))
      {
        g_autofree char *subtitle = g_strdup_printf (_("Scope: %s"), scope_name (scope));
        adw_expander_row_set_subtitle (self->next_row, subtitle);
      }
    else
      adw_expander_row_set_subtitle (self->next_row, "");
  }
  adw_action_row_set_subtitle (self->next_owns_row, next->owns != NULL ? next->owns : "");
  if (next->signals != NULL)
    {
      g_autofree char *joined = g_strjoinv ("\n• ", next->signals);
      signals = g_strconcat ("• ", joined, NULL);
    }
  adw_action_row_set_subtitle (self->next_signals_row, signals != NULL ? signals : "");
  adw_action_row_set_subtitle (self->next_step_row, target->next_step != NULL ? target->next_step : "");

  /* The guide for the next level opens through the window (win.show-guide);
   * it needs the story's track. */
  gtk_widget_set_visible (GTK_WIDGET (self->next_guide_row), self->track != NULL);
  if (self->track != NULL)
    {
      g_autofree char *guide = g_strdup_printf (_("Open the _Guide for %s"), next->name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_guide_row), guide);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->next_guide_row), "(ss)", self->track, next->id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->next_guide_row), "win.show-guide");
    }
}

static void
set_verdict_class (CalCalibrationPanel *self,
                   const char          *name)
{
  static const char *classes[] = { "verdict-none", "verdict-below", "verdict-at", "verdict-above" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (self->verdict_box, classes[i]);
  gtk_widget_add_css_class (self->verdict_box, name);
}

static void
show_hint (CalCalibrationPanel *self,
           const char          *text)
{
  gtk_label_set_text (self->verdict_label, text);
  gtk_label_set_text (self->aim_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->aim_label), FALSE);
  gtk_widget_set_visible (self->details_box, FALSE);
  set_verdict_class (self, "verdict-none");
}

static void
cal_calibration_panel_dispose (GObject *object)
{
  CalCalibrationPanel *self = CAL_CALIBRATION_PANEL (object);

  g_clear_object (&self->calibrator);
  g_clear_object (&self->calibration);

  G_OBJECT_CLASS (cal_calibration_panel_parent_class)->dispose (object);
}

static void
cal_calibration_panel_finalize (GObject *object)
{
  CalCalibrationPanel *self = CAL_CALIBRATION_PANEL (object);

  g_free (self->track);

  G_OBJECT_CLASS (cal_calibration_panel_parent_class)->finalize (object);
}

static void
cal_calibration_panel_class_init (CalCalibrationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_calibration_panel_dispose;
  object_class->finalize = cal_calibration_panel_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-calibration-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, aim_label);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, details_box);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, ladder_box);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, checks_group);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, next_group);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, next_row);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, next_owns_row);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, next_signals_row);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, CalCalibrationPanel, next_guide_row);
}

static void
cal_calibration_panel_init (CalCalibrationPanel *self)
{
  static const char *check_titles[N_CHECKS] = {
    N_("Impact first"), N_("Measured result"), N_("Before and after"),
    N_("STAR parts"), N_("“I”, not only “we”"), N_("No hedging"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->calibrator = cal_calibrator_new (NULL);

  /* The ladder reads bottom-up, like a ladder: company on top. */
  for (int r = CAL_SCOPE_N - 1; r >= 0; r--)
    {
      GtkWidget *rung = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (scope_name (r));
      GtkWidget *story = gtk_label_new (_("Your story"));
      GtkWidget *target = gtk_label_new (_("Target"));

      gtk_widget_add_css_class (rung, "scope-rung");
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_widget_add_css_class (story, "scope-mark");
      gtk_widget_add_css_class (story, "story-mark");
      gtk_widget_add_css_class (target, "scope-mark");
      gtk_widget_add_css_class (target, "target-mark");
      gtk_widget_set_visible (story, FALSE);
      gtk_widget_set_visible (target, FALSE);
      gtk_box_append (GTK_BOX (rung), name);
      gtk_box_append (GTK_BOX (rung), story);
      gtk_box_append (GTK_BOX (rung), target);
      gtk_box_append (self->ladder_box, rung);

      self->rungs[r] = rung;
      self->story_marks[r] = story;
      self->target_marks[r] = target;
    }

  for (guint c = 0; c < N_CHECKS; c++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *icon = gtk_image_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(check_titles[c]));
      adw_action_row_set_subtitle_lines (row, 0);
      adw_action_row_add_prefix (row, icon);
      adw_preferences_group_add (self->checks_group, GTK_WIDGET (row));
      self->check_rows[c] = row;
      self->check_icons[c] = GTK_IMAGE (icon);
    }

  show_hint (self, _("Write the story to see the level it reads at."));
}

GtkWidget *
cal_calibration_panel_new (void)
{
  return g_object_new (CAL_TYPE_CALIBRATION_PANEL, NULL);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * cal_calibration_panel_update:
 * @self: a #CalCalibrationPanel
 * @situation: (nullable): the Situation text
 * @task: (nullable): the Task text
 * @action: (nullable): the Action text
 * @result: (nullable): the Result text
 * @target_level: (nullable): the level id the story aims at
 *
 * Grades the story and shows the outcome. The calibrator takes about a
 * millisecond, so this runs on the main loop; callers wait for a typing
 * pause so that it never competes with keystrokes.
 */
void
cal_calibration_panel_update (CalCalibrationPanel *self,
                              const char          *situation,
                              const char          *task,
                              const char          *action,
                              const char          *result,
                              const char          *target_level)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCalibration) cal = NULL;
  const CalLevelRubric *rubric = NULL;
  g_autofree char *verdict = NULL;
  const char *verdict_word = NULL;
  const char *verdict_class = "verdict-none";
  CalVerdict v;

  g_return_if_fail (CAL_IS_CALIBRATION_PANEL (self));

  if (target_level != NULL && *target_level == '\0')
    target_level = NULL;

  if (is_blank (situation) && is_blank (task) && is_blank (action) && is_blank (result))
    {
      g_clear_object (&self->calibration);
      show_hint (self, _("Write the story to see the level it reads at."));
      return;
    }

  cal = cal_calibrator_calibrate_story (self->calibrator, situation, task, action, result,
                                        target_level, &error);
  if (cal == NULL)
    {
      g_clear_object (&self->calibration);
      show_hint (self, error->message);
      return;
    }

  g_set_object (&self->calibration, cal);
  v = cal_calibration_get_verdict (cal);

  switch (v)
    {
    case CAL_VERDICT_BELOW:
      /* Translators: the verdict of a story against its target level */
      verdict_word = C_("verdict", "below");
      verdict_class = "verdict-below";
      break;
    case CAL_VERDICT_AT:
      verdict_word = C_("verdict", "at");
      verdict_class = "verdict-at";
      break;
    case CAL_VERDICT_ABOVE:
      verdict_word = C_("verdict", "above");
      verdict_class = "verdict-above";
      break;
    case CAL_VERDICT_NONE:
    default:
      break;
    }

  if (verdict_word != NULL)
    /* Translators: "Reads at Senior · target Staff: below" */
    verdict = g_strdup_printf (_("Reads at %s · target %s: %s"),
                               level_name (cal_calibration_get_detected_level (cal)),
                               level_name (cal_calibration_get_target_level (cal)),
                               verdict_word);
  else
    verdict = g_strdup_printf (_("Reads at %s"), level_name (cal_calibration_get_detected_level (cal)));

  gtk_label_set_text (self->verdict_label, verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->verdict_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, verdict, -1);
  set_verdict_class (self, verdict_class);

  if (v == CAL_VERDICT_BELOW)
    {
      g_autofree char *aim = g_strdup_printf (_("Below target. %s"),
                                              cal_calibration_get_aim (cal) ? cal_calibration_get_aim (cal) : "");
      gtk_label_set_text (self->aim_label, aim);
    }
  else
    gtk_label_set_text (self->aim_label, cal_calibration_get_aim (cal) ? cal_calibration_get_aim (cal) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->aim_label), cal_calibration_get_aim (cal) != NULL);

  if (target_level != NULL)
    rubric = cal_lexicon_get_level (cal_calibrator_get_lexicon (self->calibrator), target_level);
  update_ladder (self, cal_calibration_get_scope (cal), rubric != NULL ? (int) rubric->scope : -1);
  update_checks (self, cal);
  update_suggestions (self, cal);
  update_next_level (self, target_level);
  gtk_widget_set_visible (self->details_box, TRUE);
}

/**
 * cal_calibration_panel_get_calibration:
 * @self: a #CalCalibrationPanel
 *
 * Returns: (transfer none) (nullable): the calibration on show
 */
CalCalibration *
cal_calibration_panel_get_calibration (CalCalibrationPanel *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION_PANEL (self), NULL);

  return self->calibration;
}

/**
 * cal_calibration_panel_get_verdict:
 * @self: a #CalCalibrationPanel
 *
 * Returns: the verdict sentence on show
 */
const char *
cal_calibration_panel_get_verdict (CalCalibrationPanel *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION_PANEL (self), NULL);

  return gtk_label_get_text (self->verdict_label);
}

/**
 * cal_calibration_panel_set_track:
 * @self: a #CalCalibrationPanel
 * @track: (nullable): the story's track id, or %NULL or "" for none
 *
 * With a track, the next-level section links to that level's guide.
 * Takes effect at the next cal_calibration_panel_update().
 */
void
cal_calibration_panel_set_track (CalCalibrationPanel *self,
                                 const char          *track)
{
  g_return_if_fail (CAL_IS_CALIBRATION_PANEL (self));

  g_free (self->track);
  self->track = track != NULL && *track != '\0' ? g_strdup (track) : NULL;
}
