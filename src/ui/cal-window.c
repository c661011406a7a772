/* cal-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-funnel-view.h"
#include "cal-guides-view.h"
#include "cal-jobs-view.h"
#include "cal-plans-view.h"
#include "cal-practice-view.h"
#include "cal-section.h"
#include "cal-stories-view.h"
#include "cal-window.h"
#include "cal-window-data.h"

struct _CalWindow
{
  AdwApplicationWindow  parent_instance;

  CalContext           *context;
  GSettings            *settings;
  gboolean              closing_without_saving;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkStack             *stack;
};

G_DEFINE_FINAL_TYPE (CalWindow, cal_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The section of each stack page, built when the page is first shown. */
static const struct {
  const char *name;
  GType     (*get_type) (void);
} section_types[] = {
  { "jobs", cal_jobs_view_get_type },
  { "stories", cal_stories_view_get_type },
  { "practice", cal_practice_view_get_type },
  { "plans", cal_plans_view_get_type },
  { "funnel", cal_funnel_view_get_type },
  { "guides", cal_guides_view_get_type },
};

static GtkWidget *
create_sidebar_row (GtkStackPage *page)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page)));
  label = gtk_label_new (gtk_stack_page_get_title (page));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, gtk_stack_page_get_name (page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_stack_page_get_title (page),
                                  -1);

  return row;
}

static GtkListBoxRow *
find_sidebar_row (CalWindow  *self,
                  const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

/* A failed autosave keeps the edits in memory and tries again with the
 * next change; the user still needs to know, e.g. to free disk space. */
static void
on_autosave_failed (CalAutosave  *autosave,
                    const GError *error,
                    CalWindow    *self)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  message = g_strdup_printf (_("Your changes are not saved yet: %s"), error->message);
  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_section_toast (CalSection *section,
                  AdwToast   *toast,
                  CalWindow  *self)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
on_sidebar_list_row_activated (GtkListBox    *list,
                               GtkListBoxRow *row,
                               CalWindow     *self)
{
  gtk_stack_set_visible_child_name (self->stack, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
}

/* A section is built, and gets the context and with it reads its data,
 * when it is first shown: start-up builds and reads only the section on
 * show, and the first frame waits neither for the widgets of the others
 * (a third of start-up when they were all built) nor for their lists. */
static CalSection *
ensure_section (CalWindow  *self,
                const char *name)
{
  GtkWidget *bin = name != NULL ? gtk_stack_get_child_by_name (self->stack, name) : NULL;
  GtkWidget *section;

  if (!ADW_IS_BIN (bin))
    return NULL;

  section = adw_bin_get_child (ADW_BIN (bin));
  if (section == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (section_types) && section == NULL; i++)
        if (g_str_equal (section_types[i].name, name))
          section = g_object_new (section_types[i].get_type (), NULL);
      if (section == NULL)
        return NULL;

      g_object_bind_property (self->leaflet, "folded", section, "folded", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (section, "toast", G_CALLBACK (on_section_toast), self, 0);
      adw_bin_set_child (ADW_BIN (bin), section);
    }

  return CAL_SECTION (section);
}

static void
on_stack_visible_child_changed (CalWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  GtkListBoxRow *row = find_sidebar_row (self, name);
  CalSection *section = ensure_section (self, name);

  if (self->context != NULL && section != NULL && cal_section_get_context (section) == NULL)
    cal_section_set_context (section, self->context);

  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
populate_sidebar (CalWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (gtk_stack_get_page (self->stack, child)));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CalWindow *self = CAL_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The Keyboard Shortcuts window, a large tree, is built the first time it
 * is asked for rather than with the window (see calibrd.gresource.xml). */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/calibrd/App/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  cal_window_show_section (CAL_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Other views link to a guide with ("track-id", "level-id"). */
static void
show_guide_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CalWindow *self = CAL_WINDOW (widget);
  CalSection *guides;
  const char *track, *level;

  g_variant_get (parameter, "(&s&s)", &track, &level);
  cal_window_show_section (self, "guides");
  guides = ensure_section (self, "guides");
  if (CAL_IS_GUIDES_VIEW (guides))
    cal_guides_view_show_guide (CAL_GUIDES_VIEW (guides), track, level);
}

/* The job page asks for a 90-day plan drafted from its job. */
static void
draft_plan_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CalWindow *self = CAL_WINDOW (widget);
  CalSection *plans;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = NULL;

  if (self->context == NULL)
    return;

  job = cal_store_get_job (cal_context_get_store (self->context), g_variant_get_int64 (parameter), &error);
  if (job == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (error != NULL ? error->message : _("That job no longer exists")));
      return;
    }

  cal_window_show_section (self, "plans");
  plans = ensure_section (self, "plans");
  if (CAL_IS_PLANS_VIEW (plans))
    cal_plans_view_draft_for_job (CAL_PLANS_VIEW (plans), job);
}

/* The job page's "Practise These Questions": Practice, on the first of
 * the questions predicted for the job. */
static void
practise_job_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CalWindow *self = CAL_WINDOW (widget);
  CalSection *practice;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) questions = NULL;

  if (self->context == NULL)
    return;

  questions = cal_store_list_questions (cal_context_get_store (self->context),
                                        g_variant_get_int64 (parameter), "predicted", &error);
  if (questions == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  cal_window_show_section (self, "practice");
  practice = ensure_section (self, "practice");
  if (CAL_IS_PRACTICE_VIEW (practice) && g_list_model_get_n_items (questions) > 0)
    {
      g_autoptr(CalQuestion) first = g_list_model_get_item (questions, 0);

      cal_practice_view_set_question (CAL_PRACTICE_VIEW (practice), first);
    }
  else
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("No questions are predicted for this job yet")));
}

static void
restore_window_state (CalWindow *self)
{
  g_autofree char *section = NULL;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  section = g_settings_get_string (self->settings, "last-section");
  if (gtk_stack_get_child_by_name (self->stack, section) == NULL)
    {
      g_free (section);
      section = g_strdup ("jobs");
    }
  gtk_stack_set_visible_child_name (self->stack, section);
  on_stack_visible_child_changed (self);
}

static void
save_window_state (CalWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  /* A maximized window's size is the screen's; keep the last real one. */
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_string (self->settings, "last-section", gtk_stack_get_visible_child_name (self->stack));
  g_settings_apply (self->settings);
}

static void
on_unsaved_dialog_response (AdwMessageDialog *dialog,
                            const char       *response,
                            CalWindow        *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing_without_saving = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Writes every pending edit before the window goes. If that fails (a full
 * disk, say), the window stays open and says why, so closing never throws
 * work away silently. */
static gboolean
flush_pending_edits (CalWindow *self)
{
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (self->context == NULL || self->closing_without_saving)
    return TRUE;

  if (cal_autosave_flush (cal_context_get_autosave (self->context), &error))
    return TRUE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Your Latest Changes Could Not Be Saved"),
                                                       error->message));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Open"),
                                    "discard", _("_Close Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

static gboolean
cal_window_close_request (GtkWindow *window)
{
  CalWindow *self = CAL_WINDOW (window);

  if (!flush_pending_edits (self))
    return TRUE;

  save_window_state (self);

  return GTK_WINDOW_CLASS (cal_window_parent_class)->close_request (window);
}

static void
cal_window_constructed (GObject *object)
{
  CalWindow *self = CAL_WINDOW (object);
  GtkApplication *app;

  G_OBJECT_CLASS (cal_window_parent_class)->constructed (object);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (CAL_IS_APPLICATION (app))
    self->settings = g_object_ref (cal_application_get_settings (CAL_APPLICATION (app)));
  else if (self->context != NULL)
    self->settings = g_object_ref (cal_context_get_settings (self->context));
  else
    self->settings = g_settings_new (SCHEMA_ID);

  populate_sidebar (self);
  restore_window_state (self);

  if (self->context != NULL)
    g_signal_connect_object (cal_context_get_autosave (self->context), "failed",
                             G_CALLBACK (on_autosave_failed), self, 0);

  if (self->context != NULL && cal_store_get_recovered_path (cal_context_get_store (self->context)) != NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("Your database was damaged and a new one was started. "
                                   "The old file is kept at %s"),
                                 cal_store_get_recovered_path (cal_context_get_store (self->context)));
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

static void
cal_window_dispose (GObject *object)
{
  CalWindow *self = CAL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cal_window_parent_class)->dispose (object);
}

static void
cal_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CalWindow *self = CAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CalWindow *self = CAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_window_class_init (CalWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char *sections[] = { "jobs", "stories", "practice", "plans", "funnel", "guides" };

  object_class->constructed = cal_window_constructed;
  object_class->dispose = cal_window_dispose;
  object_class->get_property = cal_window_get_property;
  object_class->set_property = cal_window_set_property;

  /**
   * CalWindow:context:
   *
   * The store, settings and autosave the window works on.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CAL_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  window_class->close_request = cal_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CalWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CalWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CalWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, CalWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-guide", "(ss)", show_guide_action);
  gtk_widget_class_install_action (widget_class, "win.draft-plan", "x", draft_plan_action);
  gtk_widget_class_install_action (widget_class, "win.practise-job", "x", practise_job_action);
  cal_window_data_install_actions (widget_class);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "s", sections[i]);
}

/* Benchmark hook: with CALIBRD_BENCH_FIRST_FRAME set, the window prints
 * "first-frame <monotonic µs>" to stderr once its first frame is painted,
 * so bench/bench-startup.c can time exec → first frame from outside. */
static void
on_first_after_paint (GdkFrameClock *clock,
                      CalWindow     *self)
{
  g_printerr ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_first_after_paint, self);
}

static void
on_realize_for_bench (GtkWidget *widget)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_after_paint), widget, 0);
}

static void
cal_window_init (CalWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  if (g_getenv ("CALIBRD_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (on_realize_for_bench), NULL);
}

/**
 * cal_window_new:
 * @application: the #CalApplication
 * @context: the app's #CalContext
 *
 * Returns: (transfer full): a new main window
 */
CalWindow *
cal_window_new (CalApplication *application,
                CalContext     *context)
{
  return g_object_new (CAL_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * cal_window_get_context:
 * @self: a #CalWindow
 *
 * Returns: (transfer none) (nullable): the window's context
 */
CalContext *
cal_window_get_context (CalWindow *self)
{
  g_return_val_if_fail (CAL_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * cal_window_show_section:
 * @self: a #CalWindow
 * @name: jobs, stories, practice, plans or funnel
 *
 * Shows the section @name, as if its sidebar row had been activated.
 */
void
cal_window_show_section (CalWindow  *self,
                         const char *name)
{
  GtkListBoxRow *row;

  g_return_if_fail (CAL_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  row = find_sidebar_row (self, name);
  if (row == NULL)
    {
      g_warning ("No section named “%s”", name);
      return;
    }

  on_sidebar_list_row_activated (self->sidebar_list, row, self);
}

/**
 * cal_window_get_visible_section:
 * @self: a #CalWindow
 *
 * Returns: the name of the section on show
 */
const char *
cal_window_get_visible_section (CalWindow *self)
{
  g_return_val_if_fail (CAL_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cal_window_add_toast:
 * @self: a #CalWindow
 * @toast: (transfer full): the toast
 */
void
cal_window_add_toast (CalWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (CAL_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * cal_window_show_job:
 * @self: a #CalWindow
 * @job_id: a stored job
 *
 * Shows the Jobs section with the job's page open, its list re-read so
 * that a job added from outside the section is in it.
 *
 * Returns: %TRUE if the job exists
 */
gboolean
cal_window_show_job (CalWindow *self,
                     gint64     job_id)
{
  CalSection *jobs;

  g_return_val_if_fail (CAL_IS_WINDOW (self), FALSE);

  cal_window_show_section (self, "jobs");
  jobs = ensure_section (self, "jobs");
  if (!CAL_IS_JOBS_VIEW (jobs))
    return FALSE;

  cal_jobs_view_reload (CAL_JOBS_VIEW (jobs));
  return cal_jobs_view_show_job (CAL_JOBS_VIEW (jobs), job_id);
}
