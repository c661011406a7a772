/* test-keyboard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window by keyboard alone, on a real (Xvfb) display: Alt+1…Alt+6
 * switch sections, as real key presses through the X server (XTEST, via
 * xdotool) and through the window's shortcut controllers, and Tab then
 * reaches the content of the section on show.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "cal-window.h"

static CalContext *context;

static const char *sections[] = { "jobs", "stories", "practice", "plans", "funnel", "guides" };

typedef struct
{
  CalWindow  *window;
  const char *section;
} SectionWait;

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
section_shown (gpointer data)
{
  SectionWait *wait = data;

  return g_strcmp0 (cal_window_get_visible_section (wait->window), wait->section) == 0;
}

static CalWindow *
create_window (void)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static GtkWidget *
visible_section (CalWindow *window)
{
  GtkWidget *stack = NULL;
  GtkWidget *child;

  /* The GtkStack that holds the sections is the one with a "jobs" page. */
  for (child = GTK_WIDGET (window); child != NULL;)
    {
      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), "jobs") != NULL)
        {
          stack = child;
          break;
        }
      /* Depth-first walk without recursion. */
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != NULL && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          if (child != NULL)
            child = gtk_widget_get_next_sibling (child);
        }
    }

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child (GTK_STACK (stack));
}

/* Tab, pressed as often as needed, must bring the focus into the section
 * on show: nothing in it may be unreachable from the keyboard. */
static void
assert_tab_reaches_section (CalWindow *window)
{
  GtkWidget *section = visible_section (window);
  GtkWidget *focus = NULL;

  for (int i = 0; i < 60; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus != NULL && gtk_widget_is_ancestor (focus, section))
        break;
    }

  if (focus == NULL || !gtk_widget_is_ancestor (focus, section))
    g_error ("Tab never reached the “%s” section (focus: %s)",
             cal_window_get_visible_section (window),
             focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "none");

  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_true (gtk_widget_is_focus (focus));
}

/* Finds the shortcut the window's controllers hold for @accelerator. */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accelerator) == 0)
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

/* The window's own shortcut controller binds Alt+N to win.show-section;
 * activating that shortcut's action (what the controller does on the key
 * press) shows the section and Tab then reaches it. */
static void
test_keyboard_shortcut_controller (void)
{
  CalWindow *window = create_window ();

  /* Start from the last one, so every shortcut has to change something. */
  cal_window_show_section (window, "guides");

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *accelerator = g_strdup_printf ("<Alt>%u", i + 1);
      g_autoptr(GtkShortcut) shortcut = find_shortcut (GTK_WIDGET (window), accelerator);
      SectionWait wait = { window, sections[i] };

      g_assert_nonnull (shortcut);
      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                   GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                   GTK_WIDGET (window),
                                                   gtk_shortcut_get_arguments (shortcut)));
      iterate_until (section_shown, &wait);
      g_assert_cmpstr (cal_window_get_visible_section (window), ==, sections[i]);
      assert_tab_reaches_section (window);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
run_xdotool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* Real key presses: the X server delivers Alt+N to the focused window and
 * GTK routes it through the same shortcut controllers as a user's typing. */
static void
test_keyboard_real_keys (void)
{
  g_autofree char *xid = NULL;
  CalWindow *window;
  GdkSurface *surface;

  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }

  window = create_window ();
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (!GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("not running on X11");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  run_xdotool ((const char *[]) { "xdotool", "windowfocus", "--sync", xid, NULL });
  cal_window_show_section (window, "guides");

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *keys = g_strdup_printf ("alt+%u", i + 1);
      SectionWait wait = { window, sections[i] };

      run_xdotool ((const char *[]) { "xdotool", "key", "--clearmodifiers", keys, NULL });
      iterate_until (section_shown, &wait);
      g_assert_cmpstr (cal_window_get_visible_section (window), ==, sections[i]);
      assert_tab_reaches_section (window);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = g_dir_make_tmp ("calibrd-keyboard-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/keyboard/shortcut-controller", test_keyboard_shortcut_controller);
  g_test_add_func ("/keyboard/real-keys", test_keyboard_real_keys);

  status = g_test_run ();
  g_clear_object (&context);
  return status;
}
