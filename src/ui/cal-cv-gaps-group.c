/* cal-cv-gaps-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cv-gaps-group"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-cv-gaps-group.h"
#include "cal-cv-matcher.h"
#include "cal-file-error.h"
#include "cal-text-extract.h"

/* "Your CV against this job": the JD's skills the newest stored CV shows,
 * each with the CV line that shows it, and the ones it does not, each with
 * the questions an interviewer is likely to probe the gap with. The match
 * is deterministic and deliberately has no score: a number would invite
 * keyword stuffing, while the gaps tell the user what to prepare.
 *
 * Importing a CV reads and extracts the file in a worker thread (a PDF can
 * take a moment) and stores it as the newest CalCv; every job compares
 * against the newest one. */

struct _CalCvGapsGroup
{
  AdwBin               parent_instance;

  CalStore            *store;
  CalJdAnalyzer       *analyzer;
  CalJdAnalysis       *analysis;
  GCancellable        *cancellable;
  GtkFileChooserNative *chooser;
  GPtrArray           *rows;

  AdwPreferencesGroup *group;
  GtkSpinner          *spinner;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (CalCvGapsGroup, cal_cv_gaps_group, ADW_TYPE_BIN)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The toast's receiver takes its own reference. */
static void
emit_toast (CalCvGapsGroup *self,
            const char *message)
{
  g_autoptr(AdwToast) toast = adw_toast_new (message);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
add_row (CalCvGapsGroup *self,
         GtkWidget      *row)
{
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (CalCvGapsGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
status_icon (const char *icon_name,
             const char *style_class,
             const char *description)
{
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (image, style_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  return image;
}

static void
show_report (CalCvGapsGroup *self,
             CalCvGapReport *report)
{
  GtkWidget *matched;
  g_autofree char *matched_subtitle = NULL;

  matched = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (matched), _("Skills your CV shows"));
  matched_subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skill the job asks for",
                                                   "%u skills the job asks for", report->matched->len),
                                      report->matched->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (matched), matched_subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (matched),
                               status_icon ("emblem-ok-symbolic", "success", _("Shown")));
  gtk_widget_add_css_class (matched, "cv-match");
  gtk_widget_set_sensitive (matched, report->matched->len > 0);
  for (guint i = 0; i < report->matched->len; i++)
    {
      CalCvSkillMatch *m = g_ptr_array_index (report->matched, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = m->required ? g_strdup (m->name)
                                           : g_strdup_printf (_("%s (nice to have)"), m->name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), m->cv_evidence != NULL ? m->cv_evidence : "");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (matched), row);
    }
  add_row (self, matched);

  for (guint i = 0; i < report->missing->len; i++)
    {
      CalCvGap *gap = g_ptr_array_index (report->missing, i);
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gap->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                     gap->required ? _("Required, and your CV does not show it")
                                                   : _("Nice to have, and your CV does not show it"));
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                                   status_icon ("dialog-warning-symbolic", "warning", _("Gap")));
      gtk_widget_add_css_class (row, "cv-gap");
      for (guint j = 0; j < gap->questions->len; j++)
        {
          CalJdQuestion *q = g_ptr_array_index (gap->questions, j);
          GtkWidget *question = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (question), q->text);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (question), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (question), q->why != NULL ? q->why : "");
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), question);
        }
      add_row (self, row);
    }

  if (report->missing->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No gaps found"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Your CV shows every skill this job asks for."));
      add_row (self, row);
    }
}

static void
show_message_row (CalCvGapsGroup *self,
                  const char     *title,
                  const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  add_row (self, row);
}

/**
 * cal_cv_gaps_group_reload:
 * @self: a #CalCvGapsGroup
 *
 * Compares the newest stored CV with the job again.
 */
void
cal_cv_gaps_group_reload (CalCvGapsGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cvs = NULL;
  g_autoptr(CalCv) cv = NULL;
  g_autoptr(CalCvMatcher) matcher = NULL;
  g_autoptr(CalCvGapReport) report = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (CAL_IS_CV_GAPS_GROUP (self));

  clear_rows (self);
  adw_preferences_group_set_description (self->group, NULL);
  if (self->store == NULL || self->analysis == NULL)
    return;

  cvs = cal_store_list_cvs (self->store, &error);
  if (cvs == NULL)
    {
      show_message_row (self, _("Your CV could not be read"), error->message);
      return;
    }
  if (g_list_model_get_n_items (cvs) == 0)
    {
      show_message_row (self, _("No CV imported yet"),
                        _("Import your CV (.txt, .md or .pdf) to see which of the job’s skills it shows and which gaps an interviewer will probe."));
      return;
    }

  cv = g_list_model_get_item (cvs, 0);
  if (*cal_cv_get_file_name (cv) != '\0')
    {
      description = g_strdup_printf (_("Compared with %s"), cal_cv_get_file_name (cv));
      adw_preferences_group_set_description (self->group, description);
    }

  matcher = cal_cv_matcher_new (self->analyzer);
  report = cal_cv_matcher_match (matcher, cal_cv_get_text (cv), self->analysis, &error);
  if (report == NULL)
    {
      show_message_row (self, _("Your CV could not be compared"), error->message);
      return;
    }

  show_report (self, report);
}

static GBytes *
read_cv_file (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    {
      cal_file_error_explain (error, file);
      return NULL;
    }
  if (g_file_info_get_size (info) > CAL_TEXT_MAX_SIZE)
    {
      g_autofree char *actual = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (CAL_TEXT_MAX_SIZE);

      g_set_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_TOO_LARGE,
                   _("The file is %s, more than the %s limit. Open your CV itself, as .txt, .md or .pdf."),
                   actual, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    {
      cal_file_error_explain (error, file);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = task_data;
  CalStore *store = g_object_get_data (G_OBJECT (task), "store");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) extracted = NULL;
  g_autoptr(CalCv) cv = NULL;
  g_autofree char *name = g_file_get_basename (file);

  bytes = read_cv_file (file, cancellable, &error);
  if (bytes != NULL)
    extracted = cal_text_extract (bytes, name, NULL, &error);
  if (extracted == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  cv = cal_cv_new ();
  cal_cv_set_text (cv, extracted->text);
  cal_cv_set_file_name (cv, name);
  cal_cv_set_imported (cv, g_get_real_time () / G_USEC_PER_SEC);
  if (!cal_store_save_cv (store, cv, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&cv), g_object_unref);
}

static void
set_busy (CalCvGapsGroup *self,
          gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.import", !busy);
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CalCvGapsGroup *self = CAL_CV_GAPS_GROUP (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCv) cv = NULL;

  cv = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->rows == NULL)
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (cv == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  cal_cv_gaps_group_reload (self);
  emit_toast (self, _("CV imported"));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     CalCvGapsGroup  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cal_cv_gaps_group_import_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cal_cv_gaps_group_choose_cv (CAL_CV_GAPS_GROUP (widget));
}

static void
cal_cv_gaps_group_dispose (GObject *object)
{
  CalCvGapsGroup *self = CAL_CV_GAPS_GROUP (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->analyzer);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  /* AdwBin unparents the template's child itself; disposing the template
   * as well would unparent it twice. */

  G_OBJECT_CLASS (cal_cv_gaps_group_parent_class)->dispose (object);
}

static void
cal_cv_gaps_group_class_init (CalCvGapsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_cv_gaps_group_dispose;

  /**
   * CalCvGapsGroup::toast:
   * @toast: the #AdwToast to show
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-cv-gaps-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CalCvGapsGroup, group);
  gtk_widget_class_bind_template_child (widget_class, CalCvGapsGroup, spinner);
  gtk_widget_class_bind_template_child (widget_class, CalCvGapsGroup, error_label);

  gtk_widget_class_install_action (widget_class, "cv.import", NULL, import_action);
}

static void
cal_cv_gaps_group_init (CalCvGapsGroup *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_cv_gaps_group_setup:
 * @self: a #CalCvGapsGroup
 * @store: where CVs are kept
 * @analyzer: the analyzer whose skill finder reads the CV
 */
void
cal_cv_gaps_group_setup (CalCvGapsGroup *self,
                         CalStore       *store,
                         CalJdAnalyzer  *analyzer)
{
  g_return_if_fail (CAL_IS_CV_GAPS_GROUP (self));

  g_set_object (&self->store, store);
  g_set_object (&self->analyzer, analyzer);
}

/**
 * cal_cv_gaps_group_set_analysis:
 * @self: a #CalCvGapsGroup
 * @analysis: (nullable): the job's analysis
 */
void
cal_cv_gaps_group_set_analysis (CalCvGapsGroup *self,
                                CalJdAnalysis  *analysis)
{
  g_return_if_fail (CAL_IS_CV_GAPS_GROUP (self));

  g_set_object (&self->analysis, analysis);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  cal_cv_gaps_group_reload (self);
}

/**
 * cal_cv_gaps_group_choose_cv:
 * @self: a #CalCvGapsGroup
 *
 * Lets the user pick a CV file and imports it.
 */
void
cal_cv_gaps_group_choose_cv (CalCvGapsGroup *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root;

  g_return_if_fail (CAL_IS_CV_GAPS_GROUP (self));

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->chooser = gtk_file_chooser_native_new (_("Import CV"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CVs (.txt, .md, .pdf)"));
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_pattern (filter, "*.md");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/markdown");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * cal_cv_gaps_group_import_file:
 * @self: a #CalCvGapsGroup
 * @file: a .txt, .md or .pdf CV
 *
 * Reads @file in a worker thread, stores it as the newest CV and compares
 * it with the job.
 */
void
cal_cv_gaps_group_import_file (CalCvGapsGroup *self,
                               GFile          *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CAL_IS_CV_GAPS_GROUP (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->store != NULL);

  if (self->cancellable != NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  set_busy (self, TRUE);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, import_done, NULL);
  g_task_set_source_tag (task, cal_cv_gaps_group_import_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "store", g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

/**
 * cal_cv_gaps_group_get_busy:
 * @self: a #CalCvGapsGroup
 *
 * Returns: whether a CV is being imported
 */
gboolean
cal_cv_gaps_group_get_busy (CalCvGapsGroup *self)
{
  g_return_val_if_fail (CAL_IS_CV_GAPS_GROUP (self), FALSE);

  return self->cancellable != NULL;
}
