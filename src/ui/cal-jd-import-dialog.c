/* cal-jd-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-jd-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-file-error.h"
#include "cal-jd-import-dialog.h"
#include "cal-text-extract.h"

/* The dialog that turns pasted text or a file into a stored job. Reading,
 * extraction, analysis and the database write all run in one worker
 * thread, so a large PDF never freezes the window; the user sees a spinner
 * and can stop it. Nothing is stored unless the whole analysis succeeded,
 * and on failure the pasted text stays where it was, with the reason shown
 * beneath it. */

struct _CalJdImportDialog
{
  AdwWindow        parent_instance;

  CalStore        *store;
  CalJdAnalyzer   *analyzer;
  GCancellable    *cancellable;
  char            *error_message;

  GtkStack        *stack;
  GtkTextView     *text_view;
  GtkLabel        *error_label;
  GtkLabel        *busy_label;
  GtkSpinner      *spinner;
  GtkWidget       *content;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CalJdImportDialog, cal_jd_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GFile         *file;
  char          *text;
  CalStore      *store;
  CalJdAnalyzer *analyzer;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->text, g_free);
  g_clear_object (&data->store);
  g_clear_object (&data->analyzer);
  g_free (data);
}

static const char *
or_empty (const char *value)
{
  return value != NULL ? value : "";
}

static GBytes *
read_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* Refuse an oversized file before loading it into memory. */
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
                   _("The file is %s, more than the %s limit. Open the job description itself or paste its text."),
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

/* Builds the job, its loop and its predicted questions, and writes them.
 * The job goes first because the others point at its id; if the rest
 * cannot be written, the job is taken out again so nothing half-imported
 * is left behind. */
static CalJob *
store_analysis (CalStore       *store,
                CalJdAnalysis  *analysis,
                const char     *text,
                GError        **error)
{
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *json = cal_jd_analysis_to_json_string (analysis);
  GPtrArray *rounds = cal_jd_analysis_get_rounds (analysis);
  GPtrArray *questions = cal_jd_analysis_get_questions (analysis);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  cal_job_set_company (job, or_empty (cal_jd_analysis_get_company (analysis)));
  cal_job_set_title (job, or_empty (cal_jd_analysis_get_title (analysis)));
  cal_job_set_track (job, or_empty (cal_jd_analysis_get_track (analysis)));
  cal_job_set_level (job, or_empty (cal_jd_analysis_get_level (analysis)));
  cal_job_set_remote (job, or_empty (cal_jd_analysis_get_remote (analysis)));
  cal_job_set_source_text (job, text);
  cal_job_set_analysis (job, json);
  /* The loop is stored below; the job page must not seed it again. */
  cal_job_set_overrides (job, "{\"loop_seeded\":\"yes\"}");
  if (!cal_store_save_job (store, job, error))
    return NULL;

  for (guint i = 0; i < rounds->len; i++)
    {
      CalJdRound *r = g_ptr_array_index (rounds, i);
      CalRound *round = cal_round_new ();

      cal_round_set_job_id (round, cal_job_get_id (job));
      cal_round_set_position (round, i);
      cal_round_set_kind (round, or_empty (r->kind));
      cal_round_set_title (round, or_empty (r->title));
      cal_round_set_notes (round, or_empty (r->why));
      cal_round_set_created (round, now);
      g_ptr_array_add (children, round);
    }

  for (guint i = 0; i < questions->len; i++)
    {
      CalJdQuestion *q = g_ptr_array_index (questions, i);
      CalQuestion *question = cal_question_new ();

      cal_question_set_text (question, q->text);
      cal_question_set_source (question, "predicted");
      cal_question_set_job_id (question, cal_job_get_id (job));
      cal_question_set_round (question, or_empty (q->round));
      cal_question_set_competency (question, or_empty (q->competency));
      cal_question_set_why (question, or_empty (q->why));
      cal_question_set_created (question, now);
      g_ptr_array_add (children, question);
    }

  if (children->len > 0 && !cal_store_save_all (store, children, error))
    {
      cal_store_delete_job (store, cal_job_get_id (job), NULL);
      return NULL;
    }

  return g_steal_pointer (&job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalExtractedText) extracted = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  CalJob *job;

  if (data->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (data->file);

      bytes = read_file (data->file, cancellable, &error);
      if (bytes != NULL)
        extracted = cal_text_extract (bytes, name, NULL, &error);
    }
  else
    extracted = cal_text_extract_string (data->text, &error);

  if (extracted != NULL)
    analysis = cal_jd_analyzer_analyze (data->analyzer, extracted->text, extracted->front_matter, &error);

  if (analysis == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The last moment a Stop can take effect: after this the job exists. */
  if (g_task_return_error_if_cancelled (task))
    return;

  job = store_analysis (data->store, analysis, extracted->text, &error);
  if (job == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, job, g_object_unref);
}

static void
set_error (CalJdImportDialog *self,
           const char        *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_busy (CalJdImportDialog *self,
          const char        *message)
{
  gboolean busy = message != NULL;

  gtk_label_set_text (self->busy_label, busy ? message : "");
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_stack_set_visible_child_name (self->stack, busy ? "busy" : "edit");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.analyze", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.open-file", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.stop", busy);
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CalJdImportDialog *self = CAL_JD_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = NULL;

  job = g_task_propagate_pointer (G_TASK (result), &error);

  /* Closed while busy: the window's widgets are gone. */
  if (self->stack == NULL)
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, NULL);

  if (job == NULL)
    {
      /* Stopping is the user's choice, not a failure to report. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, job);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_import (CalJdImportDialog *self,
              GFile             *file,
              char              *text)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  if (self->cancellable != NULL)
    return;

  set_error (self, NULL);
  set_busy (self, file != NULL ? _("Reading the file…") : _("Analyzing the job description…"));

  data = g_new0 (ImportData, 1);
  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->text = text;
  data->store = g_object_ref (self->store);
  data->analyzer = g_object_ref (self->analyzer);

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, import_done, NULL);
  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  /* import_thread decides itself when a Stop is too late. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, import_thread);
}

static void
analyze_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cal_jd_import_dialog_analyze (CAL_JD_IMPORT_DIALOG (widget));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalJdImportDialog *self = CAL_JD_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_chooser_response (GtkNativeDialog   *chooser,
                     int                response,
                     CalJdImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        cal_jd_import_dialog_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CalJdImportDialog *self = CAL_JD_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Job Description"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (all, _("Job descriptions"));
  gtk_file_filter_add_pattern (all, "*.txt");
  gtk_file_filter_add_pattern (all, "*.md");
  gtk_file_filter_add_pattern (all, "*.html");
  gtk_file_filter_add_pattern (all, "*.htm");
  gtk_file_filter_add_pattern (all, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Plain text"), "text/plain", "*.txt");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Markdown"), "text/markdown", "*.md");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Web pages"), "text/html", "*.html");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("PDF documents"), "application/pdf", "*.pdf");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
on_drop (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         CalJdImportDialog *self)
{
  if (self->cancellable != NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      if (files == NULL)
        return FALSE;
      cal_jd_import_dialog_open_file (self, files->data);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      cal_jd_import_dialog_open_file (self, g_value_get_object (value));
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, G_TYPE_STRING) && g_value_get_string (value) != NULL)
    {
      /* Dropped text joins what is there, at the cursor: nothing typed is lost. */
      gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (self->text_view),
                                        g_value_get_string (value), -1);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return TRUE;
    }

  return FALSE;
}

static void
cal_jd_import_dialog_dispose (GObject *object)
{
  CalJdImportDialog *self = CAL_JD_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->analyzer);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_JD_IMPORT_DIALOG);

  G_OBJECT_CLASS (cal_jd_import_dialog_parent_class)->dispose (object);
}

static void
cal_jd_import_dialog_finalize (GObject *object)
{
  CalJdImportDialog *self = CAL_JD_IMPORT_DIALOG (object);

  g_free (self->error_message);

  G_OBJECT_CLASS (cal_jd_import_dialog_parent_class)->finalize (object);
}

static void
cal_jd_import_dialog_class_init (CalJdImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_jd_import_dialog_dispose;
  object_class->finalize = cal_jd_import_dialog_finalize;

  /**
   * CalJdImportDialog::imported:
   * @job: the stored #CalJob
   *
   * The job description was analysed and stored; the dialog closes next.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CAL_TYPE_JOB);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-jd-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CalJdImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CalJdImportDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, CalJdImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CalJdImportDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, CalJdImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CalJdImportDialog, content);

  gtk_widget_class_install_action (widget_class, "import.analyze", NULL, analyze_action);
  gtk_widget_class_install_action (widget_class, "import.open-file", NULL, open_file_action);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL, stop_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.open-file", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cal_jd_import_dialog_init (CalJdImportDialog *self)
{
  GtkDropTarget *target;
  GtkEventController *shortcuts;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE, G_TYPE_STRING };

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Enter analyses. In the capture phase, or the text view would take
   * it as a line break first. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("import.analyze")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  /* In the capture phase, so a file dropped onto the text view is opened
   * rather than pasted in as its path. */
  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (target), GTK_PHASE_CAPTURE);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (self->content, GTK_EVENT_CONTROLLER (target));

  set_busy (self, NULL);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->text_view));
}

/**
 * cal_jd_import_dialog_new:
 * @parent: (nullable): the window to be modal for
 * @store: where the job goes
 * @analyzer: the analyzer to read the job description with
 *
 * Returns: (transfer none): a new dialog, owned by GTK's window list
 */
CalJdImportDialog *
cal_jd_import_dialog_new (GtkWindow     *parent,
                          CalStore      *store,
                          CalJdAnalyzer *analyzer)
{
  CalJdImportDialog *self;

  g_return_val_if_fail (CAL_IS_STORE (store), NULL);
  g_return_val_if_fail (CAL_IS_JD_ANALYZER (analyzer), NULL);

  self = g_object_new (CAL_TYPE_JD_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->analyzer = g_object_ref (analyzer);

  return self;
}

/**
 * cal_jd_import_dialog_open_file:
 * @self: a #CalJdImportDialog
 * @file: a .txt, .md, .html or .pdf file
 *
 * Reads, analyses and stores @file, as the Open File… button and a drop do.
 */
void
cal_jd_import_dialog_open_file (CalJdImportDialog *self,
                                GFile             *file)
{
  g_return_if_fail (CAL_IS_JD_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  start_import (self, file, NULL);
}

/**
 * cal_jd_import_dialog_analyze:
 * @self: a #CalJdImportDialog
 *
 * Analyses and stores the text in the dialog, as the Analyze button does.
 */
void
cal_jd_import_dialog_analyze (CalJdImportDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (CAL_IS_JD_IMPORT_DIALOG (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  start_import (self, NULL, gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/**
 * cal_jd_import_dialog_get_busy:
 * @self: a #CalJdImportDialog
 *
 * Returns: whether a file is being read or a text analysed
 */
gboolean
cal_jd_import_dialog_get_busy (CalJdImportDialog *self)
{
  g_return_val_if_fail (CAL_IS_JD_IMPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * cal_jd_import_dialog_get_error:
 * @self: a #CalJdImportDialog
 *
 * Returns: (nullable): the message shown for the last failed attempt
 */
const char *
cal_jd_import_dialog_get_error (CalJdImportDialog *self)
{
  g_return_val_if_fail (CAL_IS_JD_IMPORT_DIALOG (self), NULL);

  return self->error_message;
}

/**
 * cal_jd_import_text_async:
 * @store: the store to write the job to
 * @analyzer: the analyzer to read the job description with
 * @text: the job description's text
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the job is stored or the import failed
 * @user_data: data for @callback
 *
 * Extracts, analyses and stores @text in a worker thread, the same way the
 * dialog's Analyze button does, without showing the dialog.
 */
void
cal_jd_import_text_async (CalStore            *store,
                          CalJdAnalyzer       *analyzer,
                          const char          *text,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (CAL_IS_STORE (store));
  g_return_if_fail (CAL_IS_JD_ANALYZER (analyzer));
  g_return_if_fail (text != NULL);

  data = g_new0 (ImportData, 1);
  data->text = g_strdup (text);
  data->store = g_object_ref (store);
  data->analyzer = g_object_ref (analyzer);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_jd_import_text_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, import_thread);
}

/**
 * cal_jd_import_text_finish:
 * @result: the #GAsyncResult passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the stored job, or %NULL with @error set
 */
CalJob *
cal_jd_import_text_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
