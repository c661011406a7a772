/* cal-job-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-chip.h"
#include "cal-cv-gaps-group.h"
#include "cal-job-loop-editor.h"
#include "cal-job-page.h"

/* One job, as the analyzer read it and as the user corrected it. The
 * stored analysis is never rewritten: a correction of the level or track
 * goes into the job's overrides (a small JSON object), which win over the
 * analysis whenever the page is shown, and into the job's level and track
 * columns so lists and other sections see the corrected value. */

struct _CalJobPage
{
  AdwBin               parent_instance;

  CalContext          *context;
  CalJdAnalyzer       *analyzer;
  CalJob              *job;
  CalJdAnalysis       *analysis;
  GPtrArray           *question_rows;
  GPtrArray           *level_ids;
  GPtrArray           *track_ids;
  gboolean             loading;

  GtkLabel            *title_label;
  GtkLabel            *company_label;
  AdwComboRow         *level_row;
  AdwComboRow         *track_row;
  AdwActionRow        *plan_row;
  AdwActionRow        *guide_row;
  AdwActionRow        *practice_row;
  GtkLabel            *remote_label;
  GtkLabel            *years_label;
  GtkWidget           *required_box;
  GtkWidget           *preferred_box;
  GtkWidget           *areas_box;
  GtkWidget           *stakeholders_box;
  CalJobLoopEditor    *loop_editor;
  AdwPreferencesGroup *questions_group;
  CalCvGapsGroup      *cv_group;
};

G_DEFINE_FINAL_TYPE (CalJobPage, cal_job_page, ADW_TYPE_BIN)

enum {
  TOAST,
  JOB_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The toast's receiver takes its own reference. */
static void
emit_toast (CalJobPage *self,
            const char *message)
{
  g_autoptr(AdwToast) toast = adw_toast_new (message);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

/* --- overrides ------------------------------------------------------------ */

static JsonObject *
parse_overrides (CalJob *job)
{
  g_autoptr(JsonNode) node = NULL;

  if (*cal_job_get_overrides (job) != '\0')
    node = json_from_string (cal_job_get_overrides (job), NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return json_object_new ();

  return json_object_ref (json_node_get_object (node));
}

/**
 * cal_job_dup_override:
 * @job: a #CalJob
 * @key: "level" or "track"
 *
 * Returns: (transfer full) (nullable): the user's correction of @key, or
 *   %NULL when the analyzer's value stands
 */
char *
cal_job_dup_override (CalJob     *job,
                      const char *key)
{
  JsonObject *object;
  char *value = NULL;

  g_return_val_if_fail (CAL_IS_JOB (job), NULL);

  object = parse_overrides (job);
  if (json_object_has_member (object, key) &&
      JSON_NODE_HOLDS_VALUE (json_object_get_member (object, key)))
    value = g_strdup (json_object_get_string_member (object, key));
  json_object_unref (object);

  return value;
}

static void
set_override (CalJob     *job,
              const char *key,
              const char *value)
{
  JsonObject *object = parse_overrides (job);
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *json = NULL;

  json_object_set_string_member (object, key, value);
  json_node_take_object (root, object);
  json = json_to_string (root, FALSE);
  cal_job_set_overrides (job, json);
}

/* --- helpers ------------------------------------------------------------- */

static const char *
level_name (const char *id)
{
  const CalCatalogLevel *level = id != NULL ? cal_catalog_get_level (cal_catalog_get_default (), id) : NULL;

  return level != NULL ? level->name : id;
}

static const char *
track_name (const char *id)
{
  const CalCatalogTrack *track = id != NULL ? cal_catalog_get_track (cal_catalog_get_default (), id) : NULL;

  return track != NULL ? track->name : id;
}

static guint
index_of (GPtrArray  *ids,
          const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id != NULL ? id : "") == 0)
      return i;
  return 0;
}

static void
clear_flow_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
}

static void
fill_skills (GtkWidget  *box,
             GPtrArray  *skills,
             const char *style_class)
{
  clear_flow_box (box);
  for (guint i = 0; skills != NULL && i < skills->len; i++)
    {
      CalJdSkill *skill = g_ptr_array_index (skills, i);
      cal_chip_box_append (box, skill->name, style_class);
    }
  if (skills == NULL || skills->len == 0)
    cal_chip_box_append (box, _("None stated"), "dim-label");
}

static void
fill_strv (GtkWidget          *box,
           const char * const *values)
{
  clear_flow_box (box);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    cal_chip_box_append (box, values[i], NULL);
  if (values == NULL || values[0] == NULL)
    cal_chip_box_append (box, _("None stated"), "dim-label");
}

/* --- level and track ------------------------------------------------------ */

static void
update_level_subtitle (CalJobPage *self)
{
  g_autofree char *override = cal_job_dup_override (self->job, "level");
  const char *detected = self->analysis != NULL ? cal_jd_analysis_get_level (self->analysis) : NULL;
  g_autofree char *subtitle = NULL;

  if (override != NULL && detected != NULL && g_strcmp0 (override, detected) != 0)
    subtitle = g_strdup_printf (_("Set by you · detected: %s (%d %%)"), level_name (detected),
                                (int) (100.0 * cal_jd_analysis_get_level_confidence (self->analysis) + 0.5));
  else if (override != NULL && detected == NULL)
    subtitle = g_strdup (_("Set by you"));
  else if (detected != NULL)
    {
      const char * const *alternatives = cal_jd_analysis_get_level_alternatives (self->analysis);
      int percent = (int) (100.0 * cal_jd_analysis_get_level_confidence (self->analysis) + 0.5);

      if (alternatives != NULL && alternatives[0] != NULL)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint i = 0; alternatives[i] != NULL; i++)
            {
              if (i > 0)
                g_string_append (names, ", ");
              g_string_append (names, level_name (alternatives[i]));
            }
          subtitle = g_strdup_printf (_("Detected with %d %% confidence · also possible: %s"), percent, names->str);
        }
      else
        subtitle = g_strdup_printf (_("Detected with %d %% confidence"), percent);
    }
  else
    subtitle = g_strdup (_("Not stated in the job description; pick the level you are aiming for"));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->level_row), subtitle);
}

static void
update_track_subtitle (CalJobPage *self)
{
  g_autofree char *override = cal_job_dup_override (self->job, "track");
  const char *detected = self->analysis != NULL ? cal_jd_analysis_get_track (self->analysis) : NULL;
  g_autofree char *subtitle = NULL;

  if (override != NULL && detected != NULL && g_strcmp0 (override, detected) != 0)
    subtitle = g_strdup_printf (_("Set by you · detected: %s"), track_name (detected));
  else if (override != NULL && detected == NULL)
    subtitle = g_strdup (_("Set by you"));
  else if (detected != NULL)
    subtitle = g_strdup (_("Detected from the title and the duties"));
  else
    subtitle = g_strdup (_("Not recognised; pick the closest role family"));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->track_row), subtitle);
}

static void
save_job (CalJobPage *self)
{
  cal_job_set_updated (self->job, g_get_real_time () / G_USEC_PER_SEC);
  cal_autosave_mark (cal_context_get_autosave (self->context), self->job);
  g_signal_emit (self, signals[JOB_CHANGED], 0);
}

/* The Prepare rows act on the window (win.draft-plan, win.show-guide,
 * win.practise-job); the page only sets what they act on. */
static void
update_prepare_rows (CalJobPage *self)
{
  g_autofree char *level = cal_job_page_dup_level (self);
  g_autofree char *track = cal_job_page_dup_track (self);
  gint64 id = cal_job_get_id (self->job);

  /* The target goes first: an action name with a target of the wrong
   * type is refused. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->plan_row), "x", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->plan_row), "win.draft-plan");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->practice_row), "x", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->practice_row), "win.practise-job");

  if (*level != '\0' && *track != '\0')
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->guide_row), TRUE);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->guide_row), "(ss)", track, level);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->guide_row), "win.show-guide");
      adw_action_row_set_subtitle (self->guide_row, _("What this level means on this track"));
    }
  else
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->guide_row), NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->guide_row), FALSE);
      adw_action_row_set_subtitle (self->guide_row, _("Choose the level and the track first"));
    }
}

static void
on_level_selected (CalJobPage *self)
{
  const char *id;
  guint selected;

  if (self->loading || self->job == NULL)
    return;

  selected = adw_combo_row_get_selected (self->level_row);
  if (selected >= self->level_ids->len)
    return;
  id = g_ptr_array_index (self->level_ids, selected);
  if (g_strcmp0 (id, cal_job_get_level (self->job)) == 0)
    return;

  set_override (self->job, "level", id);
  cal_job_set_level (self->job, id);
  update_level_subtitle (self);
  update_prepare_rows (self);
  save_job (self);
}

static void
on_track_selected (CalJobPage *self)
{
  const char *id;
  guint selected;

  if (self->loading || self->job == NULL)
    return;

  selected = adw_combo_row_get_selected (self->track_row);
  if (selected >= self->track_ids->len)
    return;
  id = g_ptr_array_index (self->track_ids, selected);
  if (g_strcmp0 (id, cal_job_get_track (self->job)) == 0)
    return;

  set_override (self->job, "track", id);
  cal_job_set_track (self->job, id);
  update_track_subtitle (self);
  update_prepare_rows (self);
  save_job (self);
}

/* --- questions ------------------------------------------------------------ */

static void
clear_questions (CalJobPage *self)
{
  for (guint i = 0; i < self->question_rows->len; i++)
    adw_preferences_group_remove (self->questions_group, g_ptr_array_index (self->question_rows, i));
  g_ptr_array_set_size (self->question_rows, 0);
}

static GtkWidget *
create_question_row (CalQuestion *question)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Why this question"));
  GtkWidget *why = gtk_label_new (*cal_question_get_why (question) != '\0'
                                  ? cal_question_get_why (question)
                                  : _("It is asked in most loops for this track and level."));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cal_question_get_text (question));
  gtk_widget_add_css_class (row, "question-row");

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (why), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (why), 40);
  gtk_label_set_xalign (GTK_LABEL (why), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (why), TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), why);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "dialog-information-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Why this question"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Why this question"),
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static const char *
round_kind_name (const char *kind)
{
  const CalCatalogRoundKind *entry = cal_catalog_get_round_kind (cal_catalog_get_default (), kind);

  if (entry != NULL)
    return entry->name;
  return *kind != '\0' ? kind : _("Other questions");
}

static void
fill_questions (CalJobPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  guint n;

  clear_questions (self);

  questions = cal_store_list_questions (cal_context_get_store (self->context),
                                        cal_job_get_id (self->job), "predicted", &error);
  if (questions == NULL)
    {
      emit_toast (self, error->message);
      return;
    }

  /* Group in the order of the predicted loop, then any other kind. */
  if (self->analysis != NULL)
    {
      GPtrArray *rounds = cal_jd_analysis_get_rounds (self->analysis);

      for (guint i = 0; i < rounds->len; i++)
        {
          CalJdRound *r = g_ptr_array_index (rounds, i);
          if (r->kind != NULL && !g_ptr_array_find_with_equal_func (kinds, r->kind, g_str_equal, NULL))
            g_ptr_array_add (kinds, g_strdup (r->kind));
        }
    }
  n = g_list_model_get_n_items (questions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalQuestion) q = g_list_model_get_item (questions, i);
      const char *kind = cal_question_get_round (q);

      if (!g_ptr_array_find_with_equal_func (kinds, kind, g_str_equal, NULL))
        g_ptr_array_add (kinds, g_strdup (kind));
    }

  for (guint k = 0; k < kinds->len; k++)
    {
      const char *kind = g_ptr_array_index (kinds, k);
      GtkWidget *expander = NULL;
      guint count = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CalQuestion) q = g_list_model_get_item (questions, i);

          if (g_strcmp0 (cal_question_get_round (q), kind) != 0)
            continue;
          if (expander == NULL)
            {
              expander = adw_expander_row_new ();
              adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), round_kind_name (kind));
              gtk_widget_add_css_class (expander, "question-group");
            }
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), create_question_row (q));
          count++;
        }

      if (expander != NULL)
        {
          g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions", count), count);

          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
          adw_preferences_group_add (self->questions_group, expander);
          g_ptr_array_add (self->question_rows, expander);
        }
    }

  if (self->question_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No questions predicted"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The job description named too little to predict from. Practise the common questions of your track."));
      adw_preferences_group_add (self->questions_group, row);
      g_ptr_array_add (self->question_rows, row);
    }
}

/* --- showing a job ------------------------------------------------------- */

/* A job stored without its loop (imported from the command line) gets the
 * predicted one the first time it is shown, once: a loop the user emptied
 * on purpose stays empty. */
static void
seed_loop (CalJobPage *self)
{
  g_autofree char *seeded = cal_job_dup_override (self->job, "loop_seeded");

  if (self->analysis == NULL || seeded != NULL ||
      g_list_model_get_n_items (cal_job_loop_editor_get_rounds (self->loop_editor)) > 0)
    return;

  if (cal_job_loop_editor_seed (self->loop_editor, self->analysis))
    {
      set_override (self->job, "loop_seeded", "yes");
      cal_autosave_mark (cal_context_get_autosave (self->context), self->job);
    }
}

static void
show_job (CalJobPage *self)
{
  g_autofree char *level = NULL;
  g_autofree char *track = NULL;
  const char *remote;
  int years;

  self->loading = TRUE;

  gtk_label_set_text (self->title_label, *cal_job_get_title (self->job) != '\0'
                                         ? cal_job_get_title (self->job) : _("Untitled Job"));
  gtk_label_set_text (self->company_label, *cal_job_get_company (self->job) != '\0'
                                           ? cal_job_get_company (self->job) : _("Company not named"));

  level = cal_job_page_dup_level (self);
  track = cal_job_page_dup_track (self);
  adw_combo_row_set_selected (self->level_row, index_of (self->level_ids, level));
  adw_combo_row_set_selected (self->track_row, index_of (self->track_ids, track));
  update_level_subtitle (self);
  update_track_subtitle (self);
  update_prepare_rows (self);

  remote = self->analysis != NULL ? cal_jd_analysis_get_remote (self->analysis) : cal_job_get_remote (self->job);
  if (g_strcmp0 (remote, "remote") == 0)
    gtk_label_set_text (self->remote_label, _("Remote"));
  else if (g_strcmp0 (remote, "hybrid") == 0)
    gtk_label_set_text (self->remote_label, _("Hybrid"));
  else if (g_strcmp0 (remote, "onsite") == 0)
    gtk_label_set_text (self->remote_label, _("On-site"));
  else
    gtk_label_set_text (self->remote_label, _("Not stated"));

  years = self->analysis != NULL ? cal_jd_analysis_get_years_min (self->analysis) : -1;
  if (years >= 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d+ year", "%d+ years", years), years);
      gtk_label_set_text (self->years_label, text);
    }
  else
    gtk_label_set_text (self->years_label, _("Not stated"));

  fill_skills (self->required_box, self->analysis ? cal_jd_analysis_get_required_skills (self->analysis) : NULL, "accent");
  fill_skills (self->preferred_box, self->analysis ? cal_jd_analysis_get_preferred_skills (self->analysis) : NULL, NULL);
  fill_strv (self->areas_box, self->analysis ? cal_jd_analysis_get_product_areas (self->analysis) : NULL);
  fill_strv (self->stakeholders_box, self->analysis ? cal_jd_analysis_get_stakeholders (self->analysis) : NULL);

  cal_job_loop_editor_set_job (self->loop_editor, self->context, cal_job_get_id (self->job));
  seed_loop (self);
  fill_questions (self);
  cal_cv_gaps_group_set_analysis (self->cv_group, self->analysis);

  self->loading = FALSE;
}

static void
forward_toast (CalJobPage *self,
               AdwToast   *toast)
{
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
cal_job_page_dispose (GObject *object)
{
  CalJobPage *self = CAL_JOB_PAGE (object);

  g_clear_object (&self->context);
  g_clear_object (&self->analyzer);
  g_clear_object (&self->job);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->question_rows, g_ptr_array_unref);
  g_clear_pointer (&self->level_ids, g_ptr_array_unref);
  g_clear_pointer (&self->track_ids, g_ptr_array_unref);

  /* AdwBin unparents the template's child itself; disposing the template
   * as well would unparent it twice. */

  G_OBJECT_CLASS (cal_job_page_parent_class)->dispose (object);
}

static void
cal_job_page_class_init (CalJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_job_page_dispose;

  /**
   * CalJobPage::toast:
   * @toast: the #AdwToast to show
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /**
   * CalJobPage::job-changed:
   *
   * The user corrected the job's level or track.
   */
  signals[JOB_CHANGED] =
    g_signal_new ("job-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (CAL_TYPE_JOB_LOOP_EDITOR);
  g_type_ensure (CAL_TYPE_CV_GAPS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, company_label);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, level_row);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, track_row);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, plan_row);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, guide_row);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, practice_row);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, remote_label);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, years_label);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, required_box);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, preferred_box);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, areas_box);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, stakeholders_box);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, loop_editor);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, questions_group);
  gtk_widget_class_bind_template_child (widget_class, CalJobPage, cv_group);
}

static void
cal_job_page_init (CalJobPage *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) tracks = gtk_string_list_new (NULL);
  CalCatalog *catalog = cal_catalog_get_default ();
  GPtrArray *entries;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->question_rows = g_ptr_array_new ();
  self->level_ids = g_ptr_array_new ();
  self->track_ids = g_ptr_array_new ();

  /* The first entry stands for "unknown", so a job the analyzer could not
   * place still shows an honest value. */
  gtk_string_list_append (levels, _("Unknown"));
  g_ptr_array_add (self->level_ids, (gpointer) "");
  entries = cal_catalog_get_levels (catalog);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (entries, i);
      gtk_string_list_append (levels, level->name);
      g_ptr_array_add (self->level_ids, level->id);
    }

  gtk_string_list_append (tracks, _("Unknown"));
  g_ptr_array_add (self->track_ids, (gpointer) "");
  entries = cal_catalog_get_tracks (catalog);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (entries, i);
      gtk_string_list_append (tracks, track->name);
      g_ptr_array_add (self->track_ids, track->id);
    }

  self->loading = TRUE;
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->track_row, G_LIST_MODEL (tracks));
  self->loading = FALSE;
  g_signal_connect_swapped (self->level_row, "notify::selected", G_CALLBACK (on_level_selected), self);
  g_signal_connect_swapped (self->track_row, "notify::selected", G_CALLBACK (on_track_selected), self);

  cal_chip_box_setup (self->required_box);
  cal_chip_box_setup (self->preferred_box);
  cal_chip_box_setup (self->areas_box);
  cal_chip_box_setup (self->stakeholders_box);

  g_signal_connect_swapped (self->loop_editor, "toast", G_CALLBACK (forward_toast), self);
  g_signal_connect_swapped (self->cv_group, "toast", G_CALLBACK (forward_toast), self);
}

/**
 * cal_job_page_setup:
 * @self: a #CalJobPage
 * @context: the app's context
 * @analyzer: the analyzer, for the CV comparison
 */
void
cal_job_page_setup (CalJobPage    *self,
                    CalContext    *context,
                    CalJdAnalyzer *analyzer)
{
  g_return_if_fail (CAL_IS_JOB_PAGE (self));
  g_return_if_fail (CAL_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  g_set_object (&self->analyzer, analyzer);
  cal_cv_gaps_group_setup (self->cv_group, cal_context_get_store (context), analyzer);
}

/**
 * cal_job_page_set_job:
 * @self: a #CalJobPage
 * @job: the job to show
 */
void
cal_job_page_set_job (CalJobPage *self,
                      CalJob     *job)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CAL_IS_JOB_PAGE (self));
  g_return_if_fail (CAL_IS_JOB (job));
  g_return_if_fail (self->context != NULL);

  g_set_object (&self->job, job);
  g_clear_object (&self->analysis);

  if (*cal_job_get_analysis (job) != '\0')
    node = json_from_string (cal_job_get_analysis (job), &error);
  if (node != NULL)
    self->analysis = cal_jd_analysis_new_from_json (node, &error);
  if (self->analysis == NULL && error != NULL)
    emit_toast (self, error->message);

  show_job (self);

  /* A new job starts at the top, not where the last one was scrolled to. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)))), 0);
}

/**
 * cal_job_page_get_job:
 * @self: a #CalJobPage
 *
 * Returns: (transfer none) (nullable): the job on show
 */
CalJob *
cal_job_page_get_job (CalJobPage *self)
{
  g_return_val_if_fail (CAL_IS_JOB_PAGE (self), NULL);

  return self->job;
}

/**
 * cal_job_page_get_analysis:
 * @self: a #CalJobPage
 *
 * Returns: (transfer none) (nullable): the job's analysis
 */
CalJdAnalysis *
cal_job_page_get_analysis (CalJobPage *self)
{
  g_return_val_if_fail (CAL_IS_JOB_PAGE (self), NULL);

  return self->analysis;
}

/**
 * cal_job_page_choose_cv:
 * @self: a #CalJobPage
 *
 * Lets the user pick a CV to compare the job with.
 */
void
cal_job_page_choose_cv (CalJobPage *self)
{
  g_return_if_fail (CAL_IS_JOB_PAGE (self));

  cal_cv_gaps_group_choose_cv (self->cv_group);
}

/**
 * cal_job_page_dup_level:
 * @self: a #CalJobPage
 *
 * Returns: (transfer full): the level in force: the user's correction if
 *   there is one, else the analyzer's; "" when unknown
 */
char *
cal_job_page_dup_level (CalJobPage *self)
{
  char *value;

  g_return_val_if_fail (CAL_IS_JOB_PAGE (self), NULL);
  g_return_val_if_fail (self->job != NULL, NULL);

  value = cal_job_dup_override (self->job, "level");
  if (value == NULL && self->analysis != NULL && cal_jd_analysis_get_level (self->analysis) != NULL)
    value = g_strdup (cal_jd_analysis_get_level (self->analysis));
  return value != NULL ? value : g_strdup (cal_job_get_level (self->job));
}

/**
 * cal_job_page_dup_track:
 * @self: a #CalJobPage
 *
 * Returns: (transfer full): the track in force, as for the level
 */
char *
cal_job_page_dup_track (CalJobPage *self)
{
  char *value;

  g_return_val_if_fail (CAL_IS_JOB_PAGE (self), NULL);
  g_return_val_if_fail (self->job != NULL, NULL);

  value = cal_job_dup_override (self->job, "track");
  if (value == NULL && self->analysis != NULL && cal_jd_analysis_get_track (self->analysis) != NULL)
    value = g_strdup (cal_jd_analysis_get_track (self->analysis));
  return value != NULL ? value : g_strdup (cal_job_get_track (self->job));
}
