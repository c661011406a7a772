/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real main window, on a real (Xvfb) display.
 */

#include "config.h"

#include <adwaita.h>

#include "cal-section.h"
#include "cal-window.h"

static CalContext *context;

static const char *sections[] = { "jobs", "stories", "practice", "plans", "funnel", "guides" };

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

static GtkWidget *
find_descendant_of_type (GtkWidget *root,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_of_type (child, type);
      if (found)
        return found;
    }

  return NULL;
}

static CalWindow *
create_window (int width)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static void
test_window_switches_sections (void)
{
  CalWindow *window = create_window (1100);
  GLogLevelFlags fatal;
  GtkWidget *stack;

  stack = find_descendant_of_type (GTK_WIDGET (window), GTK_TYPE_STACK);
  g_assert_nonnull (stack);

  /* Start-up builds the section on show only. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (GTK_STACK (stack), sections[i]);

      g_assert_nonnull (page);
      if (g_strcmp0 (sections[i], cal_window_get_visible_section (window)) == 0)
        g_assert_nonnull (find_descendant_of_type (page, CAL_TYPE_SECTION));
      else
        g_assert_null (find_descendant_of_type (page, CAL_TYPE_SECTION));
    }

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *visible;
      GtkStackPage *page;
      CalSection *section;

      cal_window_show_section (window, sections[i]);
      g_assert_cmpstr (cal_window_get_visible_section (window), ==, sections[i]);

      visible = gtk_stack_get_visible_child (GTK_STACK (stack));
      iterate_until (is_mapped, visible);
      g_assert_true (gtk_widget_get_mapped (visible));
      /* Every section opens on a real empty state. */
      g_assert_nonnull (find_descendant_of_type (visible, ADW_TYPE_STATUS_PAGE));

      /* The sidebar row (the page's title and icon) names the section as
       * its own header does. */
      section = CAL_SECTION (find_descendant_of_type (visible, CAL_TYPE_SECTION));
      g_assert_nonnull (section);
      g_assert_nonnull (cal_section_get_context (section));
      page = gtk_stack_get_page (GTK_STACK (stack), visible);
      g_assert_cmpstr (gtk_stack_page_get_title (page), ==, cal_section_get_title (section));
      g_assert_cmpstr (gtk_stack_page_get_icon_name (page), ==, cal_section_get_icon_name (section));
    }

  /* Alt+1 is bound to the Jobs section. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "jobs");
  g_assert_cmpstr (cal_window_get_visible_section (window), ==, "jobs");

  /* The Keyboard Shortcuts window is built when it is asked for, and lists
   * the sections' shortcuts. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  /* GTK 4.8's shortcuts window under libadwaita 1.2 warns that a label
   * "reported min width -3" however it is built (a bare GtkShortcutsWindow
   * from the same file does too): warnings are not fatal while it is up. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  {
    GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

    g_assert_nonnull (overlay);
    iterate_until (is_mapped, overlay);
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overlay)));
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
    g_assert_nonnull (find_descendant_of_type (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT));
    gtk_window_close (GTK_WINDOW (overlay));
    /* Asked for again: the same one. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
    gtk_window_close (GTK_WINDOW (overlay));
  }
  g_log_set_always_fatal (fatal);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
leaflet_is_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (leaflet);
}

static void
test_window_folds_when_narrow (void)
{
  CalWindow *window = create_window (400);
  AdwLeaflet *leaflet = ADW_LEAFLET (find_descendant_of_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  GtkWidget *stack = find_descendant_of_type (GTK_WIDGET (window), GTK_TYPE_STACK);

  iterate_until (leaflet_is_folded, leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  cal_window_show_section (window, "stories");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == stack);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_assert_false (adw_leaflet_get_visible_child (leaflet) == stack);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_remembers_size_and_section (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *last_section = NULL;
  CalWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  g_settings_set_string (settings, "last-section", "plans");

  window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  g_assert_cmpstr (cal_window_get_visible_section (window), ==, "plans");

  /* Only a realized window saves its state when it closes. */
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  cal_window_show_section (window, "funnel");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  last_section = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (last_section, ==, "funnel");
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

  /* A real database in a throwaway folder. */
  dir = g_dir_make_tmp ("calibrd-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/window/switches-sections", test_window_switches_sections);
  g_test_add_func ("/window/folds-when-narrow", test_window_folds_when_narrow);
  g_test_add_func ("/window/remembers-size-and-section", test_window_remembers_size_and_section);

  status = g_test_run ();
  g_clear_object (&context);
  return status;
}
