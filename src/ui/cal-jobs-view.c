/* cal-jobs-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-jobs-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-jd-import-dialog.h"
#include "cal-job-page.h"
#include "cal-jobs-view.h"
#include "cal-recruiter-email-dialog.h"

/* The Jobs section: the list of imported jobs (searchable), and one job's
 * page, in a stack of their own so the section works the same at any
 * width. Deleting a job hides it at once and removes it from the database
 * only when its undo toast goes away, so Undo needs no copy of the job's
 * rounds and questions.
 *
 * The section is the one the app opens on, so the list is cheap to show:
 * it reads job summaries (no description text, no analysis), and a
 * one-column GtkGridView builds rows only for the jobs on screen (a GTK 4.8
 * GtkListView keeps 200 built, which cost ~0.5 s before the first frame
 * with a thousand jobs). The full job is read when it is opened. */

#define SEARCH_LIMIT 200

struct _CalJobsView
{
  CalSection      parent_instance;

  CalJdAnalyzer  *analyzer;
  GHashTable     *pending_deletes;   /* job ids (gint64 *) hidden, deleted when their toast goes */
  gboolean        loading_catalog;
  gboolean        disposed;

  GtkStack       *stack;
  GtkStack       *list_stack;
  GtkGridView    *job_grid;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;
  AdwWindowTitle *window_title;
  GtkWidget      *sidebar_button;
  GtkWidget      *back_button;
  GtkWidget      *add_button;
  GtkWidget      *search_button;
  GtkWidget      *menu_button;
  CalJobPage     *job_page;         /* built when a job is first opened */
};

G_DEFINE_FINAL_TYPE (CalJobsView, cal_jobs_view, CAL_TYPE_SECTION)

static CalStore *
get_store (CalJobsView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_store (context) : NULL;
}

static CalJdAnalyzer *
ensure_analyzer (CalJobsView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->analyzer == NULL)
    {
      self->analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
      if (self->analyzer == NULL)
        cal_section_toast_message (CAL_SECTION (self), error->message);
    }

  return self->analyzer;
}

static void
update_header (CalJobsView *self)
{
  const char *mode = gtk_stack_get_visible_child_name (self->stack);
  gboolean job = g_strcmp0 (mode, "job") == 0;
  CalJob *shown = self->job_page != NULL ? cal_job_page_get_job (self->job_page) : NULL;

  gtk_widget_set_visible (self->back_button, job);
  gtk_widget_set_visible (self->sidebar_button, !job && cal_section_get_folded (CAL_SECTION (self)));
  gtk_widget_set_visible (self->search_button, g_strcmp0 (mode, "list") == 0);
  gtk_widget_set_visible (self->menu_button, job);

  if (job && shown != NULL)
    {
      adw_window_title_set_title (self->window_title, *cal_job_get_title (shown) != '\0'
                                                      ? cal_job_get_title (shown) : _("Untitled Job"));
      adw_window_title_set_subtitle (self->window_title, cal_job_get_company (shown));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Jobs"));
      adw_window_title_set_subtitle (self->window_title, NULL);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.back", job);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.delete", job);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.draft-email", job && self->job_page != NULL && cal_job_page_get_analysis (self->job_page) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.import-cv", job);
}

static void
catalog_load_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  cal_catalog_get_levels (cal_catalog_get_default ());
  g_task_return_boolean (task, TRUE);
}

static void refresh_row_subtitles (CalJobsView *self);

static void
on_catalog_loaded (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CalJobsView *self = CAL_JOBS_VIEW (object);

  if (!self->disposed)
    refresh_row_subtitles (self);
}

/* Once the first frame's work is done, so that the worker does not take
 * the CPU from it either. */
static gboolean
start_catalog_load (gpointer user_data)
{
  CalJobsView *self = user_data;
  g_autoptr(GTask) task = g_task_new (self, NULL, on_catalog_loaded, NULL);

  g_task_set_source_tag (task, start_catalog_load);
  g_task_run_in_thread (task, catalog_load_thread);
  return G_SOURCE_REMOVE;
}

/* The level and track names come from the catalog, whose parse (~20 ms,
 * more on a busy machine) the first frame does not wait for: until it is
 * loaded, on a worker thread, rows show the company alone, and they are
 * filled in when it is. */
static char *
describe_job (CalJobsView   *self,
              CalJobSummary *job)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  const CalCatalogLevel *level = NULL;
  const CalCatalogTrack *track = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (cal_catalog_is_loaded (catalog))
    {
      level = cal_catalog_get_level (catalog, cal_job_summary_get_level (job));
      track = cal_catalog_get_track (catalog, cal_job_summary_get_track (job));
    }
  else if (!self->loading_catalog)
    {
      self->loading_catalog = TRUE;
      g_idle_add_full (G_PRIORITY_LOW, start_catalog_load, g_object_ref (self), g_object_unref);
    }

  if (*cal_job_summary_get_company (job) != '\0')
    g_ptr_array_add (parts, (gpointer) cal_job_summary_get_company (job));
  if (level != NULL)
    g_ptr_array_add (parts, level->name);
  if (track != NULL)
    g_ptr_array_add (parts, track->name);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* A row laid out as an AdwActionRow (style.css, .job-list): the title,
 * the company, level and track below it, and an arrow. One line each:
 * wrapping labels cost more to measure than the rest of the row. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (header, "header");
  gtk_widget_add_css_class (titles, "title");
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);

  for (GtkWidget *label = title; label != NULL; label = label == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (titles), label);
    }
  gtk_widget_add_css_class (title, "title");
  gtk_widget_add_css_class (subtitle, "subtitle");
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), arrow);
  gtk_list_item_set_child (item, header);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  CalJobsView *self = user_data;
  CalJobSummary *job = gtk_list_item_get_item (item);
  GtkWidget *titles = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *title = gtk_widget_get_first_child (titles);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *row = gtk_widget_get_parent (gtk_list_item_get_child (item));
  g_autofree char *description = describe_job (self, job);
  guint position = gtk_list_item_get_position (item);
  GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (self->job_grid));

  gtk_label_set_text (GTK_LABEL (title), *cal_job_summary_get_title (job) != '\0'
                                         ? cal_job_summary_get_title (job) : _("Untitled Job"));
  gtk_label_set_text (GTK_LABEL (subtitle), description);
  gtk_widget_set_visible (subtitle, *description != '\0');
  g_object_set_data_full (G_OBJECT (subtitle), "job", g_object_ref (job), g_object_unref);

  /* The ends of the list round off the box (style.css). A change of the
   * list always comes with a new model, so every row is bound again. */
  if (row != NULL)
    {
      if (position == 0)
        gtk_widget_add_css_class (row, "first");
      else
        gtk_widget_remove_css_class (row, "first");
      if (model != NULL && position + 1 == g_list_model_get_n_items (model))
        gtk_widget_add_css_class (row, "last");
      else
        gtk_widget_remove_css_class (row, "last");
    }
}

static void
refresh_row_subtitles (CalJobsView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->job_grid));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *header = gtk_widget_get_first_child (row);
      GtkWidget *titles = header != NULL ? gtk_widget_get_first_child (header) : NULL;
      GtkWidget *title = titles != NULL ? gtk_widget_get_first_child (titles) : NULL;
      GtkWidget *subtitle = title != NULL ? gtk_widget_get_next_sibling (title) : NULL;
      CalJobSummary *job = subtitle != NULL ? g_object_get_data (G_OBJECT (subtitle), "job") : NULL;
      g_autofree char *description = NULL;

      if (!CAL_IS_JOB_SUMMARY (job))
        continue;
      description = describe_job (self, job);
      gtk_label_set_text (GTK_LABEL (subtitle), description);
      gtk_widget_set_visible (subtitle, *description != '\0');
    }
}

static gboolean
is_not_pending_delete (gpointer item,
                       gpointer user_data)
{
  CalJobsView *self = user_data;
  gint64 id = cal_job_summary_get_id (item);

  return !g_hash_table_contains (self->pending_deletes, &id);
}

/**
 * cal_jobs_view_reload:
 * @self: a #CalJobsView
 *
 * Reads the jobs again, through the search if one is typed.
 */
void
cal_jobs_view_reload (CalJobsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jobs = NULL;
  g_autoptr(GtkFilterListModel) visible = NULL;
  guint n_visible;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching = query != NULL && *query != '\0';
  const char *mode;

  g_return_if_fail (CAL_IS_JOBS_VIEW (self));

  if (get_store (self) == NULL)
    return;

  jobs = cal_store_list_job_summaries (get_store (self), searching ? query : NULL, SEARCH_LIMIT, &error);
  if (jobs == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  visible = gtk_filter_list_model_new (g_object_ref (jobs),
                                       GTK_FILTER (gtk_custom_filter_new (is_not_pending_delete, self, NULL)));
  n_visible = g_list_model_get_n_items (G_LIST_MODEL (visible));
  gtk_grid_view_set_model (self->job_grid,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&visible)))));
  gtk_stack_set_visible_child_name (self->list_stack, n_visible > 0 ? "jobs" : "no-match");

  mode = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (mode, "job") == 0)
    return;
  if (!searching && n_visible == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
on_search_changed (CalJobsView *self)
{
  cal_jobs_view_reload (self);
}

static void
on_stop_search (CalJobsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_page_toast (CalJobsView *self,
               AdwToast    *toast)
{
  cal_section_show_toast (CAL_SECTION (self), g_object_ref (toast));
}

/* The job page is a large tree (the loop editor reads the catalog's round
 * kinds, the CV group, the question groups): the list, which the app opens
 * on, does not wait for it. */
static CalJobPage *
ensure_job_page (CalJobsView *self)
{
  if (self->job_page == NULL)
    {
      self->job_page = g_object_new (CAL_TYPE_JOB_PAGE, NULL);
      /* The stack owns it; forget it when the stack lets it go. */
      g_object_add_weak_pointer (G_OBJECT (self->job_page), (gpointer *) &self->job_page);
      g_signal_connect_swapped (self->job_page, "toast", G_CALLBACK (on_page_toast), self);
      g_signal_connect_swapped (self->job_page, "job-changed", G_CALLBACK (update_header), self);
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->job_page), "job");
    }

  return self->job_page;
}

static void
open_job (CalJobsView *self,
          CalJob      *job)
{
  ensure_job_page (self);
  ensure_analyzer (self);
  cal_job_page_setup (self->job_page, cal_section_get_context (CAL_SECTION (self)), self->analyzer);
  cal_job_page_set_job (self->job_page, job);
  gtk_stack_set_visible_child_name (self->stack, "job");
  update_header (self);
}

static void
on_list_activate (CalJobsView *self,
                  guint        position)
{
  GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (self->job_grid));
  g_autoptr(CalJobSummary) job = model != NULL ? g_list_model_get_item (model, position) : NULL;

  if (job != NULL)
    cal_jobs_view_show_job (self, cal_job_summary_get_id (job));
}

static void
on_job_imported (CalJdImportDialog *dialog,
                 CalJob            *job,
                 CalJobsView       *self)
{
  g_autofree char *message = NULL;

  open_job (self, job);
  cal_jobs_view_reload (self);

  message = g_strdup_printf (_("“%s” added"), *cal_job_get_title (job) != '\0'
                                              ? cal_job_get_title (job) : _("Untitled Job"));
  cal_section_toast_message (CAL_SECTION (self), message);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);
  CalJdImportDialog *dialog;
  GtkRoot *root;

  if (get_store (self) == NULL || ensure_analyzer (self) == NULL)
    return;

  root = gtk_widget_get_root (widget);
  dialog = cal_jd_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     get_store (self), self->analyzer);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_job_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "job") != 0)
    return;

  /* The list reads the database: write the page's corrections first. */
  if (context != NULL && !cal_autosave_flush (cal_context_get_autosave (context), &error))
    cal_section_toast_message (CAL_SECTION (self), error->message);

  gtk_stack_set_visible_child_name (self->stack, "list");
  cal_jobs_view_reload (self);
  update_header (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") != 0)
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
draft_email_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);
  CalJdAnalysis *analysis = self->job_page != NULL ? cal_job_page_get_analysis (self->job_page) : NULL;
  CalRecruiterEmailDialog *dialog;
  GtkRoot *root;

  if (analysis == NULL)
    return;

  root = gtk_widget_get_root (widget);
  dialog = cal_recruiter_email_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, analysis);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_cv_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);

  if (self->job_page != NULL)
    cal_job_page_choose_cv (self->job_page);
}

static void
finish_delete (CalJobsView *self,
               gint64       id)
{
  g_autoptr(GError) error = NULL;

  if (!g_hash_table_remove (self->pending_deletes, &id))
    return;

  if (get_store (self) != NULL && !cal_store_delete_job (get_store (self), id, &error))
    cal_section_toast_message (CAL_SECTION (self), error->message);
}

static void
on_delete_toast_dismissed (AdwToast    *toast,
                           CalJobsView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "job-id");

  if (!GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "undone")))
    finish_delete (self, *id);
}

static void
on_delete_undo (AdwToast    *toast,
                CalJobsView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "job-id");

  g_object_set_data (G_OBJECT (toast), "undone", GINT_TO_POINTER (TRUE));
  g_hash_table_remove (self->pending_deletes, id);
  cal_jobs_view_show_job (self, *id);
  cal_jobs_view_reload (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);
  CalJob *job = self->job_page != NULL ? cal_job_page_get_job (self->job_page) : NULL;
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  gint64 *id;

  if (job == NULL || context == NULL)
    return;

  /* Write the page's edits now, so none is left to recreate the job later. */
  if (!cal_autosave_flush (cal_context_get_autosave (context), &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  id = g_new (gint64, 1);
  *id = cal_job_get_id (job);
  g_hash_table_add (self->pending_deletes, g_memdup2 (id, sizeof *id));

  message = g_strdup_printf (_("“%s” deleted"), *cal_job_get_title (job) != '\0'
                                                ? cal_job_get_title (job) : _("Untitled Job"));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "job-id", id, g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_delete_undo), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed), self, 0);

  gtk_stack_set_visible_child_name (self->stack, "list");
  cal_jobs_view_reload (self);
  update_header (self);
  cal_section_show_toast (CAL_SECTION (self), toast);
}

static gboolean
shortcut_add (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  /* Only for the section on show: the others may use the same keys. */
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (widget, "jobs.add", NULL);
}

static gboolean
shortcut_search (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  CalJobsView *self = CAL_JOBS_VIEW (widget);

  if (!gtk_widget_get_mapped (widget) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") != 0)
    return FALSE;
  return gtk_widget_activate_action (widget, "jobs.search", NULL);
}

static void
on_context_changed (CalJobsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "empty");
  cal_jobs_view_reload (self);
  update_header (self);
}

static void
cal_jobs_view_dispose (GObject *object)
{
  CalJobsView *self = CAL_JOBS_VIEW (object);

  self->disposed = TRUE;

  /* Deletions whose toast is still up are meant: carry them out. */
  if (self->pending_deletes != NULL)
    {
      g_autoptr(GList) ids = g_hash_table_get_keys (self->pending_deletes);

      for (GList *l = ids; l != NULL; l = l->next)
        if (get_store (self) != NULL)
          cal_store_delete_job (get_store (self), *(gint64 *) l->data, NULL);
      g_clear_pointer (&self->pending_deletes, g_hash_table_unref);
    }

  g_clear_object (&self->analyzer);
  if (self->job_page != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->job_page), (gpointer *) &self->job_page);
      self->job_page = NULL;
    }

  /* AdwBin unparents the template's child itself; disposing the template
   * as well would unparent it twice. */

  G_OBJECT_CLASS (cal_jobs_view_parent_class)->dispose (object);
}

static void
cal_jobs_view_class_init (CalJobsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_jobs_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-jobs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, job_grid);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, window_title);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, add_button);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, search_button);
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, update_header);

  gtk_widget_class_install_action (widget_class, "jobs.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "jobs.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "jobs.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "jobs.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "jobs.draft-email", NULL, draft_email_action);
  gtk_widget_class_install_action (widget_class, "jobs.import-cv", NULL, import_cv_action);

  /* Going back works from anywhere inside the section. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "jobs.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "jobs.back", NULL);
}

static void
cal_jobs_view_init (CalJobsView *self)
{
  GtkEventController *shortcuts;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending_deletes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Ctrl+N and Ctrl+F work wherever the focus is, as long as the section
   * is the one on show (the callbacks check). */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (shortcut_add, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (shortcut_search, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->job_grid, factory);

  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
  g_signal_connect (self, "notify::folded", G_CALLBACK (update_header), NULL);

  update_header (self);
}

GtkWidget *
cal_jobs_view_new (void)
{
  return g_object_new (CAL_TYPE_JOBS_VIEW, NULL);
}

/**
 * cal_jobs_view_get_mode:
 * @self: a #CalJobsView
 *
 * Returns: "empty", "list" or "job": what the section shows
 */
const char *
cal_jobs_view_get_mode (CalJobsView *self)
{
  g_return_val_if_fail (CAL_IS_JOBS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cal_jobs_view_show_job:
 * @self: a #CalJobsView
 * @job_id: a stored job
 *
 * Opens the job's page, read fresh from the database.
 *
 * Returns: %TRUE if the job exists
 */
gboolean
cal_jobs_view_show_job (CalJobsView *self,
                        gint64       job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = NULL;
  CalJob *shown;

  g_return_val_if_fail (CAL_IS_JOBS_VIEW (self), FALSE);

  if (get_store (self) == NULL)
    return FALSE;

  /* The page's own copy may hold edits the autosave has not written yet. */
  shown = self->job_page != NULL ? cal_job_page_get_job (self->job_page) : NULL;
  if (shown != NULL && cal_job_get_id (shown) == job_id)
    job = g_object_ref (shown);
  else
    job = cal_store_get_job (get_store (self), job_id, &error);

  if (job == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return FALSE;
    }

  open_job (self, job);
  return TRUE;
}
