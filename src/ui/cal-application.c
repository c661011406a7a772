/* cal-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-application.h"
#include "cal-backup.h"
#include "cal-preferences-window.h"
#include "cal-welcome-window.h"
#include "cal-window.h"

struct _CalApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  CalContext     *context;
};

G_DEFINE_FINAL_TYPE (CalApplication, cal_application, ADW_TYPE_APPLICATION)

/* The database is opened when the first window is about to be shown, not
 * at start-up of the process, so `--help` and remote activations stay
 * cheap. */
static gboolean
ensure_context (CalApplication  *self,
                GError         **error)
{
  g_autoptr(CalStore) store = NULL;

  if (self->context != NULL)
    return TRUE;

  store = cal_store_open (NULL, error);
  if (store == NULL)
    return FALSE;

  self->context = cal_context_new (store, self->settings);
  return TRUE;
}

static void
on_startup_error_response (AdwMessageDialog *dialog,
                           const char       *response,
                           CalApplication   *self)
{
  g_application_quit (G_APPLICATION (self));
}

/* Without its database the app cannot do anything useful; say why in
 * words the user can act on (another copy running, a full disk, a file
 * from a newer version) instead of showing an empty window. */
static void
show_startup_error (CalApplication *self,
                    const GError   *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL,
                                                       _("Calibrd Could Not Open Your Data"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  adw_message_dialog_set_close_response (dialog, "quit");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_startup_error_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_welcome_example_created (CalWelcomeWindow *welcome,
                            CalJob           *job,
                            CalWindow        *window)
{
  cal_window_show_job (window, cal_job_get_id (job));
}

/* The welcome goes over the first window of a first start. CalWindow does
 * not show it itself, so that windows made elsewhere (tests, a second
 * window) never get it. CALIBRD_NO_WELCOME=1 turns it off without touching
 * the settings: for automated tests and kiosk set-ups that start the real
 * app with a fresh profile. */
static void
on_window_first_paint (GdkFrameClock *clock,
                       CalWindow     *window)
{
  CalApplication *self = CAL_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  CalWelcomeWindow *welcome;

  g_signal_handlers_disconnect_by_func (clock, on_window_first_paint, window);
  if (self == NULL || self->context == NULL)
    return;

  welcome = cal_welcome_window_new (GTK_WINDOW (window), self->context);
  g_signal_connect_object (welcome, "example-created", G_CALLBACK (on_welcome_example_created), window, 0);
  gtk_window_present (GTK_WINDOW (welcome));
}

static void
on_window_realize_for_welcome (CalWindow *window)
{
  g_signal_handlers_disconnect_by_func (window, on_window_realize_for_welcome, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (on_window_first_paint), window, 0);
}

/* The welcome comes right after the window's first frame, so that the
 * window does not wait for a second window to be built and drawn. */
static void
maybe_show_welcome (CalApplication *self,
                    CalWindow      *window)
{
  if (g_strcmp0 (g_getenv ("CALIBRD_NO_WELCOME"), "1") == 0 ||
      !g_settings_get_boolean (self->settings, "show-welcome"))
    return;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_window_realize_for_welcome (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_for_welcome), NULL);
}

static void
cal_application_activate (GApplication *app)
{
  CalApplication *self = CAL_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      if (!ensure_context (self, &error))
        {
          show_startup_error (self, error);
          return;
        }

      window = GTK_WINDOW (cal_window_new (self, self->context));
      gtk_window_present (window);
      maybe_show_welcome (self, CAL_WINDOW (window));
      return;
    }

  gtk_window_present (window);
}

static void
cal_application_shutdown (GApplication *app)
{
  CalApplication *self = CAL_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  /* Windows flush when they close; this catches edits made by anything
   * that outlived them. */
  if (self->context != NULL &&
      !cal_autosave_flush (cal_context_get_autosave (self->context), &error))
    g_warning ("Could not save the last changes: %s", error->message);

  G_APPLICATION_CLASS (cal_application_parent_class)->shutdown (app);
}

static void
cal_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<primary>q", NULL };
  static const char *close_accels[] = { "<primary>w", NULL };
  static const char *prefs_accels[] = { "<primary>comma", NULL };
  static const char *help_overlay_accels[] = { "<primary>question", NULL };

  G_APPLICATION_CLASS (cal_application_parent_class)->startup (app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  /* What GtkApplication does for a gtk/help-overlay.ui, which Calibrd keeps
   * elsewhere so that the window builds it only when it is asked for. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_overlay_accels);
}

static void
cal_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  static const char *developers[] = { "The Calibrd authors", NULL };
  CalApplication *self = user_data;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Calibrd"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Calibrd authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Prepare for tech interviews at the level you are graded against. "
                                       "Everything stays on your computer."),
                         "developers", developers,
                         "copyright", "© 2026 The Calibrd authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: put your names here, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
cal_application_preferences_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  CalApplication *self = user_data;
  CalPreferencesWindow *preferences;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  preferences = cal_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
cal_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  CalApplication *self = user_data;
  GList *windows;

  /* Close the windows rather than quitting outright so that each one
   * saves its state and flushes unsaved edits on the way out. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "quit", cal_application_quit_action },
  { "about", cal_application_about_action },
  { "preferences", cal_application_preferences_action },
};

static void
cal_application_dispose (GObject *object)
{
  CalApplication *self = CAL_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cal_application_parent_class)->dispose (object);
}

static void
cal_application_class_init (CalApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cal_application_dispose;

  app_class->activate = cal_application_activate;
  app_class->startup = cal_application_startup;
  app_class->shutdown = cal_application_shutdown;
}

static void
cal_application_init (CalApplication *self)
{
  self->settings = g_settings_new (SCHEMA_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
}

/**
 * cal_application_new:
 * @application_id: com.calibrd.App, or com.calibrd.App.Devel
 * @flags: #GApplicationFlags
 *
 * Returns: (transfer full): a new #CalApplication
 */
CalApplication *
cal_application_new (const char        *application_id,
                     GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (CAL_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * cal_application_get_settings:
 * @self: a #CalApplication
 *
 * Returns: (transfer none): the app's #GSettings
 */
GSettings *
cal_application_get_settings (CalApplication *self)
{
  g_return_val_if_fail (CAL_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * cal_application_get_context:
 * @self: a #CalApplication
 *
 * Returns: (transfer none) (nullable): the context, once the first window
 *   has opened the database
 */
CalContext *
cal_application_get_context (CalApplication *self)
{
  g_return_val_if_fail (CAL_IS_APPLICATION (self), NULL);

  return self->context;
}

/**
 * cal_application_restore_backup:
 * @self: a #CalApplication
 * @backup: a backup file, already validated
 *
 * Saves pending edits, closes the windows and the database, replaces the
 * database and recordings with @backup (the old ones are kept beside
 * them), then opens the database again in a new window that says what
 * happened. If the restore fails nothing was replaced, and the new window
 * shows the old data and why.
 *
 * Returns: %TRUE if the backup was restored
 */
gboolean
cal_application_restore_backup (CalApplication *self,
                                const char     *backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) open_error = NULL;
  g_autofree char *database = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *message = NULL;
  GList *windows;
  CalWindow *window;
  gboolean restored;

  g_return_val_if_fail (CAL_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (backup != NULL, FALSE);

  if (self->context == NULL)
    return FALSE;

  if (!cal_autosave_flush (cal_context_get_autosave (self->context), &error))
    {
      message = g_strdup_printf (_("Could not restore: %s"), error->message);
      window = CAL_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (self)));
      if (CAL_IS_WINDOW (window))
        cal_window_add_toast (window, adw_toast_new (message));
      return FALSE;
    }

  database = g_strdup (cal_store_get_path (cal_context_get_store (self->context)));

  /* Nothing may keep the old database open while it is swapped. */
  g_application_hold (G_APPLICATION (self));
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);
  g_clear_object (&self->context);

  restored = cal_backup_restore (backup, database, &previous, &error);

  if (!ensure_context (self, &open_error))
    {
      show_startup_error (self, open_error);
      g_application_release (G_APPLICATION (self));
      return FALSE;
    }

  window = cal_window_new (self, self->context);
  gtk_window_present (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (self));

  if (restored && previous != NULL)
    message = g_strdup_printf (_("Backup restored. Your previous data is kept at %s"), previous);
  else if (restored)
    message = g_strdup (_("Backup restored"));
  else
    message = g_strdup_printf (_("Could not restore: %s"), error->message);
  cal_window_add_toast (window, adw_toast_new (message));

  return restored;
}
