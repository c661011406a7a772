/* cal-welcome-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-welcome-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-jd-analyzer.h"
#include "cal-jd-import-dialog.h"
#include "cal-plan-drafter.h"
#include "cal-story.h"
#include "cal-welcome-window.h"

/* Shown over the main window on the first start: the method in three
 * steps, and a way to see it working on a bundled example job within a
 * minute. Closing it, whichever way, turns off the show-welcome key. */
struct _CalWelcomeWindow
{
  AdwWindow     parent_instance;

  CalContext   *context;
  GCancellable *cancellable;

  GtkImage     *icon;
  GtkLabel     *error_label;
  GtkSpinner   *spinner;
};

G_DEFINE_FINAL_TYPE (CalWelcomeWindow, cal_welcome_window, ADW_TYPE_WINDOW)

enum {
  EXAMPLE_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (CalWelcomeWindow *self,
          gboolean          busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.try-example", !busy);
}

static void
show_error (CalWelcomeWindow *self,
            const char       *message)
{
  g_autofree char *text = g_strdup_printf (_("The example could not be set up: %s"), message);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* A story for the example job, clearly marked as an example, written the
 * way the method asks: half a step above the job's level (owning a
 * cross-team outcome and the trade-offs, measured in business terms). */
static CalStory *
create_example_story (CalStore  *store,
                      CalJob    *job,
                      GError   **error)
{
  g_autoptr(CalStory) story = cal_story_new ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  cal_story_set_title (story, _("Example: Leading the Payout Retry Redesign Across Three Teams"));
  cal_story_set_situation (story,
                           /* xgettext:no-c-format */
                           _("At a payments company, about 2% of nightly payouts to merchants failed and were retried by hand. "
                             "Finance spent two days a month reconciling them, and merchants churned over late money."));
  cal_story_set_task (story,
                      /* xgettext:no-c-format */
                      _("Nobody owned the problem end to end. I set out to own it across the payments, ledger and "
                        "support teams and to bring failed payouts below 0.2% within a quarter."));
  cal_story_set_action (story,
                        _("I wrote the design document for idempotent payout retries and got the three teams to agree on it, "
                          "trading a week of delay for a ledger change that removed double payments for good. "
                          "I split the work into steps each team could ship on its own, set a service level objective for "
                          "payouts, and mentored two engineers through the riskiest parts."));
  cal_story_set_result (story,
                        /* xgettext:no-c-format */
                        _("Failed payouts fell from 2% to 0.1% in ten weeks, manual reconciliation went from two days a month "
                          "to an hour, and the retry design became the template for refunds. Both engineers now lead "
                          "designs of their own."));
  cal_story_set_target_level (story, cal_job_get_level (job));
  cal_story_set_track (story, cal_job_get_track (job));
  cal_story_set_created (story, now);
  cal_story_set_updated (story, now);

  if (!cal_store_save_story (store, story, error))
    return NULL;

  return g_steal_pointer (&story);
}

static void
on_example_imported (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CalWelcomeWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(CalStory) story = NULL;
  g_autoptr(CalPlan) plan = NULL;
  g_autoptr(GListModel) items = NULL;
  CalStore *store;

  job = cal_jd_import_text_finish (result, &error);

  /* Closed while the example was being analysed. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_busy (self, FALSE);
  if (job == NULL)
    {
      show_error (self, error->message);
      return;
    }

  store = cal_context_get_store (self->context);
  story = create_example_story (store, job, &error);
  if (story != NULL)
    plan = cal_plan_drafter_draft (cal_catalog_get_default (), job, &items, &error);
  if (plan == NULL || !cal_plan_drafter_save (store, plan, items, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_settings_set_boolean (cal_context_get_settings (self->context), "show-welcome", FALSE);
  g_signal_emit (self, signals[EXAMPLE_CREATED], 0, job);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
try_example_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  cal_welcome_window_try_example (CAL_WELCOME_WINDOW (widget));
}

static gboolean
cal_welcome_window_close_request (GtkWindow *window)
{
  CalWelcomeWindow *self = CAL_WELCOME_WINDOW (window);

  /* Dismissed, with either button or the window's own: never again. */
  if (self->context != NULL)
    g_settings_set_boolean (cal_context_get_settings (self->context), "show-welcome", FALSE);
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (cal_welcome_window_parent_class)->close_request (window);
}

static void
cal_welcome_window_dispose (GObject *object)
{
  CalWelcomeWindow *self = CAL_WELCOME_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_WELCOME_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cal_welcome_window_parent_class)->dispose (object);
}

static void
cal_welcome_window_finalize (GObject *object)
{
  CalWelcomeWindow *self = CAL_WELCOME_WINDOW (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cal_welcome_window_parent_class)->finalize (object);
}

static void
cal_welcome_window_class_init (CalWelcomeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cal_welcome_window_dispose;
  object_class->finalize = cal_welcome_window_finalize;
  window_class->close_request = cal_welcome_window_close_request;

  /**
   * CalWelcomeWindow::example-created:
   * @self: the welcome window
   * @job: the example job, stored with its story and plan
   *
   * The example is in the database; the welcome closes next.
   */
  signals[EXAMPLE_CREATED] =
    g_signal_new ("example-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CAL_TYPE_JOB);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CalWelcomeWindow, icon);
  gtk_widget_class_bind_template_child (widget_class, CalWelcomeWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, CalWelcomeWindow, spinner);

  gtk_widget_class_install_action (widget_class, "welcome.try-example", NULL, try_example_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cal_welcome_window_init (CalWelcomeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_image_set_from_icon_name (self->icon, APPLICATION_ID);
}

/**
 * cal_welcome_window_new:
 * @parent: (nullable): the main window
 * @context: the app's #CalContext
 *
 * Returns: (transfer full): a new welcome window
 */
CalWelcomeWindow *
cal_welcome_window_new (GtkWindow  *parent,
                        CalContext *context)
{
  CalWelcomeWindow *self;

  g_return_val_if_fail (CAL_IS_CONTEXT (context), NULL);

  self = g_object_new (CAL_TYPE_WELCOME_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->context = g_object_ref (context);

  return self;
}

/**
 * cal_welcome_window_try_example:
 * @self: a #CalWelcomeWindow
 *
 * Imports the bundled example job description the way the Jobs section
 * imports one, then adds an example story for its level and drafts its
 * 90-day plan. Emits #CalWelcomeWindow::example-created and closes when
 * all three are stored; shows the error and stays open otherwise.
 */
void
cal_welcome_window_try_example (CalWelcomeWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (CAL_IS_WELCOME_WINDOW (self));

  if (cal_welcome_window_get_busy (self))
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  bytes = g_resources_lookup_data ("/com/calibrd/App/example-job.md", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
  if (analyzer == NULL)
    {
      show_error (self, error->message);
      return;
    }

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_busy (self, TRUE);
  cal_jd_import_text_async (cal_context_get_store (self->context), analyzer, text,
                            self->cancellable, on_example_imported, g_object_ref (self));
}

/**
 * cal_welcome_window_get_busy:
 * @self: a #CalWelcomeWindow
 *
 * Returns: whether the example is being set up
 */
gboolean
cal_welcome_window_get_busy (CalWelcomeWindow *self)
{
  g_return_val_if_fail (CAL_IS_WELCOME_WINDOW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->spinner));
}
