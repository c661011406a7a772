/* test-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cal-catalog.h"

static char *
write_fixture (gboolean broken_skills)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("calibrd-catalog-XXXXXX", &error);
  struct { const char *name; const char *json; } files[] = {
    { "levels.json",
      "{\"bands\":[{\"id\":\"mid\",\"levels\":[\"mid\"]},{\"id\":\"staff-plus\",\"levels\":[\"staff\"]}],"
      "\"levels\":[{\"id\":\"mid\",\"name\":\"Mid\",\"ladder\":\"ic\",\"rank\":3,\"scope\":\"project\",\"years_typical\":[2,5]},"
      "{\"id\":\"staff\",\"name\":\"Staff\",\"ladder\":\"ic\",\"rank\":5,\"band\":\"staff-plus\",\"scope\":\"multi-team\"}],"
      "\"aliases\":[{\"pattern\":\"l6\",\"level\":\"staff\",\"note\":\"grade\"}]}" },
    { "tracks.json",
      "{\"round_kinds\":[{\"id\":\"coding\",\"name\":\"Coding\"}],"
      "\"tracks\":[{\"id\":\"backend-engineer\",\"name\":\"Backend Engineer\",\"ladder\":\"ic\","
      "\"title_patterns\":[\"backend engineer\"],\"keywords\":[\"api\"],"
      "\"loops\":{\"mid\":[{\"kind\":\"coding\",\"title\":\"Coding\",\"minutes\":60}]}}]}" },
    { "skills.json",
      "{\"skills\":[{\"id\":\"ci-cd\",\"name\":\"CI/CD\",\"aliases\":[\"continuous delivery\"],\"category\":\"practice\"},"
      "{\"id\":\"go\",\"name\":\"Go\",\"aliases\":[\"golang\"],\"ambiguous\":true}]}" },
    { "questions.json",
      "{\"questions\":[{\"id\":\"q1\",\"text\":\"Any track\",\"round\":\"coding\",\"tracks\":[\"*\"],\"bands\":[\"*\"]},"
      "{\"id\":\"q2\",\"text\":\"Backend staff\",\"round\":\"coding\",\"tracks\":[\"backend-engineer\"],\"bands\":[\"staff-plus\"],\"skills\":[\"go\"]}]}" },
    { "competencies.json", "{\"competencies\":[{\"id\":\"coding\",\"name\":\"Coding\"}]}" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      const char *json = broken_skills && g_str_equal (files[i].name, "skills.json") ? "{\"skills\": [" : files[i].json;

      g_assert_true (g_file_set_contents (path, json, -1, &error));
      g_assert_no_error (error);
    }
  return dir;
}

static void
remove_fixture (const char *dir)
{
  const char *names[] = { "levels.json", "tracks.json", "skills.json", "questions.json", "competencies.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_lookups (void)
{
  g_autofree char *dir = write_fixture (FALSE);
  g_autoptr(CalCatalog) catalog = cal_catalog_new_for_directory (dir);
  g_autoptr(GError) error = NULL;
  const char *skills[] = { "go", NULL };
  g_autoptr(GPtrArray) any = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) by_skill = NULL;
  g_autofree char *norm = cal_catalog_normalize_phrase ("CI/CD");

  g_assert_true (cal_catalog_load (catalog, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (cal_catalog_get_track (catalog, "backend-engineer")->name, ==, "Backend Engineer");
  g_assert_null (cal_catalog_get_track (catalog, "nope"));
  g_assert_cmpuint (cal_catalog_get_loop (catalog, "backend-engineer", "mid")->len, ==, 1);
  g_assert_null (cal_catalog_get_loop (catalog, "backend-engineer", "staff-plus"));
  g_assert_cmpstr (cal_catalog_get_round_kind (catalog, "coding")->name, ==, "Coding");

  g_assert_cmpint (cal_catalog_get_level (catalog, "mid")->years_max, ==, 5);
  g_assert_cmpstr (cal_catalog_get_band_for_level (catalog, "staff"), ==, "staff-plus");
  g_assert_cmpstr (cal_catalog_get_band_for_level (catalog, "mid"), ==, "mid");
  g_assert_cmpstr (((CalCatalogLevelAlias *) g_ptr_array_index (cal_catalog_get_level_aliases (catalog), 0))->note, ==, "grade");
  g_assert_cmpstr (cal_catalog_get_bands (catalog)[1], ==, "staff-plus");

  g_assert_cmpstr (norm, ==, "ci cd");
  g_assert_cmpstr (cal_catalog_lookup_skill_alias (catalog, norm)->id, ==, "ci-cd");
  g_assert_cmpstr (cal_catalog_lookup_skill_alias (catalog, "continuous delivery")->id, ==, "ci-cd");
  g_assert_cmpstr (cal_catalog_lookup_skill_alias (catalog, "golang")->id, ==, "go");
  g_assert_true (cal_catalog_get_skill (catalog, "go")->ambiguous);
  g_assert_cmpuint (cal_catalog_get_max_alias_words (catalog), ==, 2);

  any = cal_catalog_find_questions (catalog, "backend-engineer", "mid", "coding", NULL);
  g_assert_cmpuint (any->len, ==, 1);
  staff = cal_catalog_find_questions (catalog, "backend-engineer", "staff-plus", NULL, NULL);
  g_assert_cmpuint (staff->len, ==, 2);
  by_skill = cal_catalog_find_questions (catalog, NULL, NULL, NULL, skills);
  g_assert_cmpuint (by_skill->len, ==, 1);
  g_assert_cmpstr (((CalCatalogQuestion *) g_ptr_array_index (by_skill, 0))->id, ==, "q2");

  g_assert_cmpstr (cal_catalog_get_competency (catalog, "coding")->name, ==, "Coding");

  remove_fixture (dir);
}

static void
test_broken_file (void)
{
  g_autofree char *dir = write_fixture (TRUE);
  g_autoptr(CalCatalog) catalog = cal_catalog_new_for_directory (dir);
  g_autoptr(GError) error = NULL;

  /* A broken file is reported and the catalog serves nothing at all. */
  g_test_expect_message ("cal-catalog", G_LOG_LEVEL_WARNING, "*skills.json*");
  g_assert_false (cal_catalog_load (catalog, &error));
  g_test_assert_expected_messages ();
  g_assert_error (error, CAL_CATALOG_ERROR, CAL_CATALOG_ERROR_INVALID);
  g_assert_cmpuint (cal_catalog_get_tracks (catalog)->len, ==, 0);
  remove_fixture (dir);
}

static void
test_default_is_lazy_and_shared (void)
{
  CalCatalog *a = cal_catalog_get_default ();
  CalCatalog *b = cal_catalog_get_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) rules = NULL;

  g_assert_true (a == b);
  g_assert_true (cal_catalog_load (a, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cal_catalog_get_track (a, "backend-engineer"));
  rules = cal_catalog_load_file (a, "jd-rules.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (rules), >, 100);
  g_assert_null (cal_catalog_load_file (a, "missing.json", &error) );
  g_assert_error (error, CAL_CATALOG_ERROR, CAL_CATALOG_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/lookups", test_lookups);
  g_test_add_func ("/catalog/broken-file", test_broken_file);
  g_test_add_func ("/catalog/default", test_default_is_lazy_and_shared);

  return g_test_run ();
}
