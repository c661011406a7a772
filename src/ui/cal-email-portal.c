/* cal-email-portal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-email-portal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <gio/gunixfdlist.h>

#include "cal-email-portal.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define PORTAL_BUS_NAME     "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH  "/org/freedesktop/portal/desktop"
#define PORTAL_EMAIL_IFACE  "org.freedesktop.portal.Email"
#define PORTAL_REQUEST_IFACE "org.freedesktop.portal.Request"

/* How long to wait for the Request's Response after ComposeEmail has
 * returned. Portals answer within this; a portal that never does (some
 * older ones) has still handed the mail on, so silence counts as success. */
static guint response_grace_msec = 5000;

typedef struct
{
  GDBusConnection *connection;
  char            *path;          /* the attachment, for messages */
  char            *window_handle;
  char            *subject;
  char            *body;
  char            *request_path;
  guint            response_id;
  guint            grace_id;
  gulong           cancelled_id;
  gboolean         returned;      /* ComposeEmail has returned */
  gboolean         done;          /* the task has its result */
} ComposeData;

static void
compose_data_free (ComposeData *data)
{
  if (data->response_id != 0)
    g_dbus_connection_signal_unsubscribe (data->connection, data->response_id);
  g_clear_handle_id (&data->grace_id, g_source_remove);
  g_clear_object (&data->connection);
  g_free (data->path);
  g_free (data->window_handle);
  g_free (data->subject);
  g_free (data->body);
  g_free (data->request_path);
  g_free (data);
}

/* Ends @task once: the Response signal, the grace timer, an error and
 * the cancellable race, and only the first one counts. Every pending
 * callback holds its own reference; this drops the caller's. */
static void
compose_finish_task (GTask  *task,
                     GError *error)
{
  ComposeData *data = g_task_get_task_data (task);

  if (data->done)
    {
      g_clear_error (&error);
      return;
    }
  data->done = TRUE;

  if (data->response_id != 0)
    {
      g_dbus_connection_signal_unsubscribe (data->connection, data->response_id);
      data->response_id = 0;
    }
  g_clear_handle_id (&data->grace_id, g_source_remove);
  if (data->cancelled_id != 0 && g_task_get_cancellable (task) != NULL)
    {
      g_cancellable_disconnect (g_task_get_cancellable (task), data->cancelled_id);
      data->cancelled_id = 0;
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static GError *
no_portal_error (ComposeData  *data,
                 const GError *cause)
{
  g_debug ("No email portal: %s", cause != NULL ? cause->message : "no session bus");
  return g_error_new (CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_PORTAL,
                      _("No email program could be reached. You can attach the file yourself: %s"),
                      data->path);
}

static void
on_response (GDBusConnection *connection,
             const char      *sender_name,
             const char      *object_path,
             const char      *interface_name,
             const char      *signal_name,
             GVariant        *parameters,
             gpointer         user_data)
{
  GTask *task = user_data;
  guint32 response = 2;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    g_variant_get (parameters, "(u@a{sv})", &response, NULL);

  switch (response)
    {
    case 0:
      compose_finish_task (task, NULL);
      break;
    case 1:
      compose_finish_task (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                                      _("The email was not sent.")));
      break;
    default:
      compose_finish_task (task, g_error_new (CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_FAILED,
                                              _("The email program could not take the file. "
                                                "You can attach it yourself: %s"),
                                              ((ComposeData *) g_task_get_task_data (task))->path));
      break;
    }
}

static void
subscribe_response (GTask      *task,
                    const char *path)
{
  ComposeData *data = g_task_get_task_data (task);

  if (data->response_id != 0)
    g_dbus_connection_signal_unsubscribe (data->connection, data->response_id);
  g_free (data->request_path);
  data->request_path = g_strdup (path);
  data->response_id = g_dbus_connection_signal_subscribe (data->connection,
                                                          PORTAL_BUS_NAME,
                                                          PORTAL_REQUEST_IFACE,
                                                          "Response",
                                                          path,
                                                          NULL,
                                                          G_DBUS_SIGNAL_FLAGS_NONE,
                                                          on_response,
                                                          task,
                                                          NULL);
}

static gboolean
on_grace_timeout (gpointer user_data)
{
  GTask *task = user_data;
  ComposeData *data = g_task_get_task_data (task);

  data->grace_id = 0;
  compose_finish_task (task, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
finish_cancelled_idle (gpointer user_data)
{
  GTask *task = user_data;
  ComposeData *data = g_task_get_task_data (task);

  /* Close the portal's dialog too, if it shows one. */
  if (!data->done && data->returned && data->request_path != NULL)
    g_dbus_connection_call (data->connection, PORTAL_BUS_NAME, data->request_path,
                            PORTAL_REQUEST_IFACE, "Close", NULL, NULL,
                            G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
  compose_finish_task (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                                  _("The email was cancelled.")));
  return G_SOURCE_REMOVE;
}

/* Runs in the thread that cancelled; the task ends in its own context,
 * where it must. */
static void
on_cancelled (GCancellable *cancellable,
              gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_callback (source, finish_cancelled_idle, g_object_ref (task), g_object_unref);
  g_source_attach (source, g_task_get_context (task));
}

static void
on_compose_returned (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ComposeData *data = g_task_get_task_data (task);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  const char *handle = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL, result, &error);
  if (data->done)
    return;

  if (reply == NULL)
    {
      compose_finish_task (task, no_portal_error (data, error));
      return;
    }

  data->returned = TRUE;
  g_variant_get (reply, "(&o)", &handle);
  /* Portals older than version 0.9 make up their own request path. */
  if (g_strcmp0 (handle, data->request_path) != 0)
    subscribe_response (task, handle);

  data->grace_id = g_timeout_add (response_grace_msec, on_grace_timeout, task);
}

static char *
request_path_for (GDBusConnection *connection,
                  const char      *token)
{
  g_autofree char *sender = g_strdup (g_dbus_connection_get_unique_name (connection) + 1);

  g_strdelimit (sender, ".", '_');
  return g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
}

static void
on_bus_ready (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ComposeData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GUnixFDList) fd_list = NULL;
  g_autofree char *token = NULL;
  g_autofree char *request_path = NULL;
  GVariantBuilder options;
  int fd, index;

  data->connection = g_bus_get_finish (result, &error);
  if (data->done)
    return;
  if (data->connection == NULL)
    {
      compose_finish_task (task, no_portal_error (data, error));
      return;
    }

  fd = open (data->path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      int saved_errno = errno;

      compose_finish_task (task, g_error_new (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                              _("The file “%s” could not be opened: %s"),
                                              data->path, g_strerror (saved_errno)));
      return;
    }
  fd_list = g_unix_fd_list_new ();
  index = g_unix_fd_list_append (fd_list, fd, &error);
  close (fd);
  if (index < 0)
    {
      compose_finish_task (task, g_steal_pointer (&error));
      return;
    }

  /* Listen before calling: the Response may come before the reply. */
  token = g_strdup_printf ("calibrd%u", g_random_int ());
  request_path = request_path_for (data->connection, token);
  subscribe_response (task, request_path);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  if (data->subject != NULL)
    g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string (data->subject));
  if (data->body != NULL)
    g_variant_builder_add (&options, "{sv}", "body", g_variant_new_string (data->body));
  g_variant_builder_add (&options, "{sv}", "attachment_fds",
                         g_variant_new_fixed_array (G_VARIANT_TYPE_HANDLE, &index, 1, sizeof (gint32)));

  g_dbus_connection_call_with_unix_fd_list (data->connection,
                                            PORTAL_BUS_NAME,
                                            PORTAL_OBJECT_PATH,
                                            PORTAL_EMAIL_IFACE,
                                            "ComposeEmail",
                                            g_variant_new ("(sa{sv})", data->window_handle, &options),
                                            G_VARIANT_TYPE ("(o)"),
                                            G_DBUS_CALL_FLAGS_NONE,
                                            -1,
                                            fd_list,
                                            NULL,
                                            on_compose_returned,
                                            g_object_ref (task));
}

static char *
window_handle_for (GtkWindow *parent)
{
#ifdef GDK_WINDOWING_X11
  if (parent != NULL && gtk_widget_get_realized (GTK_WIDGET (parent)))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));

      if (GDK_IS_X11_SURFACE (surface))
        return g_strdup_printf ("x11:%lx", (unsigned long) gdk_x11_surface_get_xid (surface));
    }
#endif
  /* Wayland needs an exported handle, which costs a round trip for a
   * dialog the portal places well enough without a parent. */
  return g_strdup ("");
}

/**
 * cal_email_portal_compose_async:
 * @parent: (nullable): the window the email program's window belongs to
 * @attachment: a local file, e.g. an exported PDF
 * @subject: (nullable): the subject, e.g. from cal_share_subject_for_plan()
 * @body: (nullable): the body
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the email program has the mail, or on error
 * @user_data: data for @callback
 *
 * Opens a new email in the user's email program with @attachment, through
 * org.freedesktop.portal.Email.ComposeEmail. The file goes as a file
 * descriptor, so the sandbox needs no access to the folder.
 */
void
cal_email_portal_compose_async (GtkWindow           *parent,
                                GFile               *attachment,
                                const char          *subject,
                                const char          *body,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  ComposeData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (attachment));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_email_portal_compose_async);

  data = g_new0 (ComposeData, 1);
  data->path = g_file_get_path (attachment);
  data->window_handle = window_handle_for (parent);
  data->subject = g_strdup (subject);
  data->body = g_strdup (body);
  g_task_set_task_data (task, data, (GDestroyNotify) compose_data_free);

  if (data->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (attachment);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only a file on this computer can be attached, not “%s”."), uri);
      g_object_unref (task);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  /* The caller's reference lives until compose_finish_task(). */
  if (cancellable != NULL)
    data->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled), task, NULL);

  g_bus_get (G_BUS_TYPE_SESSION, NULL, on_bus_ready, g_object_ref (task));
}

/**
 * cal_email_portal_compose_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError: %CAL_INTEROP_ERROR_NO_PORTAL
 *   when no email portal could be reached, %G_IO_ERROR_CANCELLED when the
 *   user or @cancellable cancelled
 *
 * Returns: whether the email program took the mail
 */
gboolean
cal_email_portal_compose_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cal_email_portal_compose_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * cal_email_portal_set_response_grace:
 * @msec: how long to wait for the portal's Response after ComposeEmail
 *   returned before counting the mail as handed on
 *
 * For tests, which stand in for a portal that never answers.
 */
void
cal_email_portal_set_response_grace (guint msec)
{
  response_grace_msec = msec;
}
