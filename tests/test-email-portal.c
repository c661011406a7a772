/* test-email-portal.c — the email portal client against a fake portal on
 * a private session bus (GTestDBus). Needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <gio/gunixfdlist.h>
#include <glib/gstdio.h>

#include "cal-email-portal.h"

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Email'>"
  "    <method name='ComposeEmail'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

typedef enum
{
  ANSWER_SUCCESS,
  ANSWER_CANCELLED,
  ANSWER_SILENT,
} Answer;

typedef struct
{
  GDBusConnection *connection;   /* the fake portal's own */
  guint            owner_id;
  guint            object_id;
  Answer           answer;
  gboolean         owned;

  /* What the fake saw. */
  guint            n_calls;
  char            *parent_window;
  char            *subject;
  char            *body;
  GBytes          *attachment;
  guint            n_attachments;

  /* The client's result. */
  gboolean         done;
  gboolean         ok;
  GError          *error;

  char            *dir;
  char            *pdf;
  GBytes          *pdf_bytes;
} Fixture;

static GTestDBus *bus;

static GBytes *
read_fd (int fd)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[4096];
  ssize_t n;

  g_assert_cmpint (lseek (fd, 0, SEEK_SET), ==, 0);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_byte_array_append (data, buffer, n);
  g_assert_cmpint (n, ==, 0);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static void
on_method_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  Fixture *f = user_data;
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GVariant) fds = NULL;
  GUnixFDList *fd_list;
  g_autofree char *escaped = NULL;
  g_autofree char *handle = NULL;
  const char *parent = NULL, *token = "none";

  g_assert_cmpstr (method_name, ==, "ComposeEmail");
  f->n_calls++;

  g_variant_get (parameters, "(&s@a{sv})", &parent, &options);
  f->parent_window = g_strdup (parent);
  g_variant_lookup (options, "subject", "s", &f->subject);
  g_variant_lookup (options, "body", "s", &f->body);
  g_variant_lookup (options, "handle_token", "&s", &token);

  /* Exactly one fd; read the file through it, as the mail program would. */
  fd_list = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (invocation));
  fds = g_variant_lookup_value (options, "attachment_fds", G_VARIANT_TYPE ("ah"));
  if (fds != NULL && fd_list != NULL)
    {
      gsize n = 0;
      const gint32 *handles = g_variant_get_fixed_array (fds, &n, sizeof (gint32));

      f->n_attachments = n;
      if (n == 1)
        {
          g_autoptr(GError) error = NULL;
          int fd = g_unix_fd_list_get (fd_list, handles[0], &error);

          g_assert_no_error (error);
          f->attachment = read_fd (fd);
          close (fd);
        }
    }

  /* The request path of the portal documentation. */
  escaped = g_strdup (sender + 1);
  g_strdelimit (escaped, ".", '_');
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", escaped, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));

  if (f->answer != ANSWER_SILENT)
    {
      GVariantBuilder results;

      g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
      g_dbus_connection_emit_signal (connection, sender, handle, "org.freedesktop.portal.Request",
                                     "Response",
                                     g_variant_new ("(ua{sv})", f->answer == ANSWER_SUCCESS ? 0 : 1, &results),
                                     NULL);
    }
}

static const GDBusInterfaceVTable vtable = { on_method_call, NULL, NULL, { 0 } };

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((Fixture *) user_data)->owned = TRUE;
}

static void
write_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_move_to (cr, 72, 72);
  cairo_show_text (cr, "My first-90-days plan");
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;
  gboolean with_portal = GPOINTER_TO_INT (data) >= 0;
  char *contents = NULL;
  gsize length = 0;

  f->dir = g_dir_make_tmp ("calibrd-email-XXXXXX", NULL);
  f->pdf = g_build_filename (f->dir, "plan.pdf", NULL);
  write_pdf (f->pdf);
  g_assert_true (g_file_get_contents (f->pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  f->pdf_bytes = g_bytes_new_take (contents, length);

  if (!with_portal)
    return;

  f->answer = GPOINTER_TO_INT (data);
  f->connection = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                          G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                          NULL, NULL, &error);
  g_assert_no_error (error);
  info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_assert_no_error (error);
  f->object_id = g_dbus_connection_register_object (f->connection, "/org/freedesktop/portal/desktop",
                                                    info->interfaces[0], &vtable, f, NULL, &error);
  g_assert_no_error (error);
  f->owner_id = g_bus_own_name_on_connection (f->connection, "org.freedesktop.portal.Desktop",
                                              G_BUS_NAME_OWNER_FLAGS_NONE, on_name_acquired, NULL, f, NULL);
  while (!f->owned)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->connection != NULL)
    {
      g_bus_unown_name (f->owner_id);
      g_dbus_connection_unregister_object (f->connection, f->object_id);
      g_dbus_connection_close_sync (f->connection, NULL, NULL);
      g_clear_object (&f->connection);
    }
  g_unlink (f->pdf);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->pdf);
  g_free (f->parent_window);
  g_free (f->subject);
  g_free (f->body);
  g_clear_pointer (&f->attachment, g_bytes_unref);
  g_clear_pointer (&f->pdf_bytes, g_bytes_unref);
  g_clear_error (&f->error);
}

static void
on_composed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Fixture *f = user_data;

  f->ok = cal_email_portal_compose_finish (result, &f->error);
  f->done = TRUE;
}

static void
compose (Fixture      *f,
         GCancellable *cancellable)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->pdf);
  g_autofree char *subject = cal_share_subject_for_plan ("Staff Engineer", "Acme");
  g_autofree char *body = cal_share_body_for_plan ("Staff Engineer", "Acme");

  cal_email_portal_compose_async (NULL, file, subject, body, cancellable, on_composed, f);
  while (!f->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_sends (Fixture       *f,
            gconstpointer  data)
{
  compose (f, NULL);

  g_assert_no_error (f->error);
  g_assert_true (f->ok);
  g_assert_cmpuint (f->n_calls, ==, 1);
  g_assert_cmpstr (f->parent_window, ==, "");
  g_assert_cmpstr (f->subject, ==, "My first-90-days plan — Staff Engineer, Acme");
  g_assert_nonnull (strstr (f->body, "first 90 days (Staff Engineer, Acme)"));
  g_assert_cmpuint (f->n_attachments, ==, 1);
  g_assert_nonnull (f->attachment);
  g_assert_true (g_bytes_equal (f->attachment, f->pdf_bytes));
}

static void
test_user_cancels (Fixture       *f,
                   gconstpointer  data)
{
  compose (f, NULL);

  g_assert_false (f->ok);
  g_assert_error (f->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->n_calls, ==, 1);
}

static void
test_silent_portal (Fixture       *f,
                    gconstpointer  data)
{
  gint64 start = g_get_monotonic_time ();

  cal_email_portal_set_response_grace (200);
  compose (f, NULL);
  cal_email_portal_set_response_grace (5000);

  g_assert_no_error (f->error);
  g_assert_true (f->ok);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 200 * 1000);
  g_assert_true (g_bytes_equal (f->attachment, f->pdf_bytes));
}

static void
test_no_portal (Fixture       *f,
                gconstpointer  data)
{
  compose (f, NULL);

  g_assert_false (f->ok);
  g_assert_error (f->error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NO_PORTAL);
  g_assert_true (g_str_has_prefix (f->error->message, "No email program could be reached."));
  g_assert_nonnull (strstr (f->error->message, f->pdf));
}

static void
test_cancelled_by_caller (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  compose (f, cancellable);
  g_assert_error (f->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (f->n_calls, ==, 0);
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_unlink (f->pdf);
  compose (f, NULL);
  g_assert_error (f->error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (f->n_calls, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  /* A private session bus with nothing on it but what a test puts there. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add ("/email-portal/sends", Fixture, GINT_TO_POINTER (ANSWER_SUCCESS),
              fixture_set_up, test_sends, fixture_tear_down);
  g_test_add ("/email-portal/user-cancels", Fixture, GINT_TO_POINTER (ANSWER_CANCELLED),
              fixture_set_up, test_user_cancels, fixture_tear_down);
  g_test_add ("/email-portal/silent-portal", Fixture, GINT_TO_POINTER (ANSWER_SILENT),
              fixture_set_up, test_silent_portal, fixture_tear_down);
  g_test_add ("/email-portal/no-portal", Fixture, GINT_TO_POINTER (-1),
              fixture_set_up, test_no_portal, fixture_tear_down);
  g_test_add ("/email-portal/cancelled-by-caller", Fixture, GINT_TO_POINTER (ANSWER_SUCCESS),
              fixture_set_up, test_cancelled_by_caller, fixture_tear_down);
  g_test_add ("/email-portal/missing-file", Fixture, GINT_TO_POINTER (ANSWER_SUCCESS),
              fixture_set_up, test_missing_file, fixture_tear_down);

  status = g_test_run ();

  g_test_dbus_down (bus);
  g_object_unref (bus);
  return status;
}
