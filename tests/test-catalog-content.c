/* test-catalog-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks the shipped catalog JSON as the app sees it: read from the
 * compiled GResource, not from the source tree. The loader and the JD
 * analyzer trust these files, so every cross-reference between them must
 * resolve and every id must be unique.
 */

#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#define CATALOG_PATH "/com/calibrd/App/catalog/"

static const char * const ic_bands[] = { "entry", "mid", "senior", "staff-plus", NULL };
static const char * const management_bands[] = { "manager", "executive", NULL };
static const char * const question_kinds[] = {
  "behavioural", "technical", "system-design", "product-sense", "leadership", "ask", NULL
};
static const char * const track_families[] = {
  "engineering", "data", "product", "design", "management", "go-to-market", "research", NULL
};

static JsonNode *
load_catalog_file (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_strconcat (CATALOG_PATH, name, NULL);
  JsonNode *root;
  gsize size = 0;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  data = g_bytes_get_data (bytes, &size);
  json_parser_load_from_data (parser, data, (gssize) size, &error);
  g_assert_no_error (error);

  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "version"), ==, 1);

  return json_node_copy (root);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    g_error ("member \"%s\" is missing or not an array", member);

  return json_node_get_array (node);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    g_error ("member \"%s\" is missing or not a string", member);

  value = json_node_get_string (node);
  g_assert_nonnull (value);
  g_assert_cmpstr (value, !=, "");

  return value;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *str)
{
  return g_strv_contains (strv, str);
}

/* Returns a set of the "id" member of every object in @array, failing on a
 * duplicate or an empty id.
 */
static GHashTable *
collect_ids (JsonArray  *array,
             const char *what)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *id = get_string (object, "id");

      if (!g_hash_table_add (ids, (gpointer) id))
        g_error ("duplicate %s id \"%s\"", what, id);
    }

  return ids;
}

static GHashTable *
collect_strings (JsonArray *array)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      const char *value = json_array_get_string_element (array, i);

      g_assert_nonnull (value);
      g_assert_true (g_hash_table_add (set, (gpointer) value));
    }

  return set;
}

static gboolean
is_lowercase (const char *str)
{
  g_autofree char *lower = g_utf8_strdown (str, -1);

  return strcmp (lower, str) == 0;
}

static gboolean
is_kebab_case (const char *str)
{
  gboolean prev_dash = TRUE;

  for (const char *p = str; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (prev_dash)
            return FALSE;
          prev_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        prev_dash = FALSE;
      else
        return FALSE;
    }

  return !prev_dash;
}

/* Every string anywhere in the catalog must carry content: an empty or
 * blank string would show up as a blank row in the UI.
 */
static void
assert_no_empty_strings (JsonNode   *node,
                         const char *where)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        for (GList *l = members; l != NULL; l = l->next)
          assert_no_empty_strings (json_object_get_member (object, l->data), l->data);
        break;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        for (guint i = 0; i < n; i++)
          assert_no_empty_strings (json_array_get_element (array, i), where);
        break;
      }

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (json_node_get_string (node)));

          if (*stripped == '\0')
            g_error ("empty string in member \"%s\"", where);
        }
      break;

    case JSON_NODE_NULL:
      g_error ("null value in member \"%s\"", where);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_catalog_no_empty_strings (void)
{
  static const char * const files[] = {
    "levels.json", "tracks.json", "skills.json", "questions.json", "competencies.json", NULL
  };

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(JsonNode) root = load_catalog_file (files[i]);

      assert_no_empty_strings (root, files[i]);
    }
}

static void
test_catalog_competencies (void)
{
  static const char * const required[] = {
    "ownership", "impact", "technical-depth", "system-design", "collaboration", "conflict",
    "communication", "leadership", "mentoring", "ambiguity", "prioritisation", "customer-focus",
    "execution", "strategy", "hiring", "people-management", "learning", "data-driven",
    "product-sense", "failure", NULL
  };
  g_autoptr(JsonNode) root = load_catalog_file ("competencies.json");
  JsonArray *competencies = get_array (json_node_get_object (root), "competencies");
  g_autoptr(GHashTable) ids = collect_ids (competencies, "competency");

  g_assert_cmpuint (json_array_get_length (competencies), >=, 15);

  for (guint i = 0; required[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (ids, required[i]));

  for (guint i = 0; i < json_array_get_length (competencies); i++)
    {
      JsonObject *c = json_array_get_object_element (competencies, i);

      g_assert_true (is_kebab_case (get_string (c, "id")));
      get_string (c, "name");
      get_string (c, "description");
    }
}

static void
test_catalog_levels (void)
{
  static const char * const required[] = {
    "intern", "junior", "mid", "senior", "staff", "principal", "distinguished",
    "manager", "senior-manager", "director", "vp", "c-level", NULL
  };
  g_autoptr(JsonNode) root = load_catalog_file ("levels.json");
  JsonObject *object = json_node_get_object (root);
  JsonArray *bands = get_array (object, "bands");
  JsonArray *levels = get_array (object, "levels");
  JsonArray *aliases = get_array (object, "aliases");
  g_autoptr(GHashTable) band_ids = collect_ids (bands, "band");
  g_autoptr(GHashTable) level_ids = collect_ids (levels, "level");
  g_autoptr(GHashTable) scopes = collect_strings (get_array (object, "scopes"));
  g_autoptr(GHashTable) patterns = g_hash_table_new (g_str_hash, g_str_equal);
  /* level id → band id, as listed by the bands */
  g_autoptr(GHashTable) band_of = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (json_array_get_length (levels), >=, 12);
  g_assert_cmpuint (json_array_get_length (aliases), >=, 60);
  g_assert_cmpuint (g_hash_table_size (scopes), ==, 6);

  for (guint i = 0; required[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (level_ids, required[i]));
  for (guint i = 0; ic_bands[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (band_ids, ic_bands[i]));
  for (guint i = 0; management_bands[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (band_ids, management_bands[i]));

  for (guint i = 0; i < json_array_get_length (bands); i++)
    {
      JsonObject *band = json_array_get_object_element (bands, i);
      JsonArray *members = get_array (band, "levels");

      g_assert_cmpuint (json_array_get_length (members), >, 0);
      for (guint j = 0; j < json_array_get_length (members); j++)
        {
          const char *level = json_array_get_string_element (members, j);

          if (!g_hash_table_contains (level_ids, level))
            g_error ("band \"%s\" lists unknown level \"%s\"", get_string (band, "id"), level);
          /* A level belongs to exactly one band. */
          g_assert_true (g_hash_table_insert (band_of, (gpointer) level, (gpointer) get_string (band, "id")));
        }
    }

  for (guint i = 0; i < json_array_get_length (levels); i++)
    {
      JsonObject *level = json_array_get_object_element (levels, i);
      const char *id = get_string (level, "id");
      const char *ladder = get_string (level, "ladder");
      JsonArray *signals = get_array (level, "signals");
      JsonArray *years = get_array (level, "years_typical");
      gint64 rank = json_object_get_int_member (level, "rank");

      get_string (level, "name");
      get_string (level, "horizon");
      get_string (level, "owns");
      get_string (level, "next_step");
      g_assert_true (g_str_equal (ladder, "ic") || g_str_equal (ladder, "management"));
      g_assert_cmpint (rank, >=, 1);
      g_assert_cmpint (rank, <=, 9);
      g_assert_true (g_hash_table_contains (scopes, get_string (level, "scope")));
      g_assert_cmpstr (get_string (level, "band"), ==, g_hash_table_lookup (band_of, id));
      g_assert_cmpuint (json_array_get_length (signals), >=, 3);
      g_assert_cmpuint (json_array_get_length (signals), <=, 5);
      g_assert_cmpuint (json_array_get_length (years), ==, 2);
      g_assert_cmpint (json_array_get_int_element (years, 0), <=, json_array_get_int_element (years, 1));
    }

  /* The rank order of DESIGN.md: intern 1 … distinguished 7, manager 5 … c-level 9. */
  for (guint i = 0; i < json_array_get_length (levels); i++)
    {
      JsonObject *level = json_array_get_object_element (levels, i);
      const char *id = get_string (level, "id");
      gint64 rank = json_object_get_int_member (level, "rank");

      if (g_str_equal (id, "senior"))
        g_assert_cmpint (rank, ==, 4);
      else if (g_str_equal (id, "staff") || g_str_equal (id, "manager"))
        g_assert_cmpint (rank, ==, 5);
      else if (g_str_equal (id, "c-level"))
        g_assert_cmpint (rank, ==, 9);
    }

  for (guint i = 0; i < json_array_get_length (aliases); i++)
    {
      JsonObject *alias = json_array_get_object_element (aliases, i);
      const char *pattern = get_string (alias, "pattern");
      const char *level = get_string (alias, "level");

      g_assert_true (is_lowercase (pattern));
      if (!g_hash_table_add (patterns, (gpointer) pattern))
        g_error ("duplicate level alias \"%s\"", pattern);
      if (!g_hash_table_contains (level_ids, level))
        g_error ("alias \"%s\" points at unknown level \"%s\"", pattern, level);
    }

  /* A few title words the JD analyzer depends on. */
  g_assert_true (g_hash_table_contains (patterns, "senior"));
  g_assert_true (g_hash_table_contains (patterns, "staff"));
  g_assert_true (g_hash_table_contains (patterns, "l5"));
  g_assert_true (g_hash_table_contains (patterns, "ic4"));
  g_assert_true (g_hash_table_contains (patterns, "lead"));
  g_assert_true (g_hash_table_contains (patterns, "head of"));
}

static void
test_catalog_tracks (void)
{
  static const char * const required[] = {
    "software-engineer", "frontend-engineer", "backend-engineer", "full-stack-engineer",
    "mobile-engineer", "sre", "platform-engineer", "security-engineer", "qa-engineer",
    "embedded-engineer", "data-engineer", "data-scientist", "data-analyst", "ml-engineer",
    "research-scientist", "engineering-manager", "product-manager",
    "technical-program-manager", "product-designer", "ux-researcher", "developer-advocate",
    "solutions-engineer", "technical-writer", NULL
  };
  g_autoptr(JsonNode) root = load_catalog_file ("tracks.json");
  g_autoptr(JsonNode) levels_root = load_catalog_file ("levels.json");
  JsonObject *object = json_node_get_object (root);
  JsonArray *kinds = get_array (object, "round_kinds");
  JsonArray *tracks = get_array (object, "tracks");
  g_autoptr(GHashTable) kind_ids = collect_ids (kinds, "round kind");
  g_autoptr(GHashTable) track_ids = collect_ids (tracks, "track");
  g_autoptr(GHashTable) band_ids = collect_ids (get_array (json_node_get_object (levels_root), "bands"), "band");
  g_autoptr(GHashTable) patterns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) used_kinds = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (json_array_get_length (tracks), >=, 24);
  for (guint i = 0; required[i] != NULL; i++)
    if (!g_hash_table_contains (track_ids, required[i]))
      g_error ("required track \"%s\" is missing", required[i]);

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *kind = json_array_get_object_element (kinds, i);

      g_assert_true (is_kebab_case (get_string (kind, "id")));
      get_string (kind, "name");
      get_string (kind, "tests");
    }

  for (guint i = 0; i < json_array_get_length (tracks); i++)
    {
      JsonObject *track = json_array_get_object_element (tracks, i);
      const char *id = get_string (track, "id");
      const char *ladder = get_string (track, "ladder");
      JsonArray *title_patterns = get_array (track, "title_patterns");
      JsonArray *keywords = get_array (track, "keywords");
      JsonObject *loops = json_object_get_object_member (track, "loops");
      const char * const *needed;
      g_autoptr(GList) loop_bands = NULL;

      get_string (track, "name");
      g_assert_true (is_kebab_case (id));
      g_assert_true (strv_contains (track_families, get_string (track, "family")));
      g_assert_true (g_str_equal (ladder, "ic") || g_str_equal (ladder, "management"));

      if (json_array_get_length (title_patterns) < 3)
        g_error ("track \"%s\" has fewer than 3 title patterns", id);
      for (guint j = 0; j < json_array_get_length (title_patterns); j++)
        {
          const char *pattern = json_array_get_string_element (title_patterns, j);

          g_assert_true (is_lowercase (pattern));
          /* The same title phrase in two tracks would make detection a coin toss. */
          if (!g_hash_table_add (patterns, (gpointer) pattern))
            g_error ("title pattern \"%s\" appears twice (track \"%s\")", pattern, id);
        }

      if (json_array_get_length (keywords) < 10 || json_array_get_length (keywords) > 25)
        g_error ("track \"%s\" has %u keywords, expected 10 to 25", id, json_array_get_length (keywords));
      for (guint j = 0; j < json_array_get_length (keywords); j++)
        g_assert_true (is_lowercase (json_array_get_string_element (keywords, j)));

      g_assert_nonnull (loops);
      needed = g_str_equal (ladder, "ic") ? ic_bands : management_bands;
      for (guint j = 0; needed[j] != NULL; j++)
        if (!json_object_has_member (loops, needed[j]))
          g_error ("track \"%s\" has no loop for band \"%s\"", id, needed[j]);

      loop_bands = json_object_get_members (loops);
      for (GList *l = loop_bands; l != NULL; l = l->next)
        {
          JsonArray *rounds = json_object_get_array_member (loops, l->data);
          guint n = json_array_get_length (rounds);

          if (!g_hash_table_contains (band_ids, l->data))
            g_error ("track \"%s\" has a loop for unknown band \"%s\"", id, (char *) l->data);
          if (n < 4 || n > 7)
            g_error ("track \"%s\" band \"%s\" has %u rounds, expected 4 to 7", id, (char *) l->data, n);

          for (guint k = 0; k < n; k++)
            {
              JsonObject *round = json_array_get_object_element (rounds, k);
              const char *kind = get_string (round, "kind");

              if (!g_hash_table_contains (kind_ids, kind))
                g_error ("track \"%s\" uses unknown round kind \"%s\"", id, kind);
              g_hash_table_add (used_kinds, (gpointer) kind);
              get_string (round, "title");
              get_string (round, "tests");
              get_string (round, "strong");
              g_assert_cmpint (json_object_get_int_member (round, "minutes"), >, 0);
              g_assert_cmpint (json_object_get_int_member (round, "minutes"), <=, 480);
            }
        }
    }

  /* An engineering manager title must not be detected as an IC engineer. */
  g_assert_true (g_hash_table_contains (patterns, "engineering manager"));
  g_assert_true (g_hash_table_contains (patterns, "software engineer"));

  /* Every defined round kind is used by at least one loop. */
  g_assert_cmpuint (g_hash_table_size (used_kinds), ==, g_hash_table_size (kind_ids));
}

static void
test_catalog_skills (void)
{
  static const char * const categories_required[] = {
    "language", "frontend", "backend", "data", "ml", "infrastructure", "cloud", "security",
    "testing", "mobile", "design", "product", "management", "practice", "soft", NULL
  };
  g_autoptr(JsonNode) root = load_catalog_file ("skills.json");
  JsonObject *object = json_node_get_object (root);
  JsonArray *skills = get_array (object, "skills");
  g_autoptr(GHashTable) categories = collect_strings (get_array (object, "categories"));
  g_autoptr(GHashTable) ids = collect_ids (skills, "skill");
  /* term (lower-case name or alias) → the skill that owns it */
  g_autoptr(GHashTable) terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ambiguous = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = json_array_get_length (skills);

  g_assert_cmpuint (n, >=, 400);
  for (guint i = 0; categories_required[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (categories, categories_required[i]));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *skill = json_array_get_object_element (skills, i);

      if (json_object_has_member (skill, "ambiguous") &&
          json_object_get_boolean_member (skill, "ambiguous"))
        g_hash_table_add (ambiguous, (gpointer) get_string (skill, "id"));
    }

  /* Words that are ordinary English must be flagged, or the analyzer
   * would find Go in "go-to-market" and R in every sentence. */
  g_assert_true (g_hash_table_contains (ambiguous, "go"));
  g_assert_true (g_hash_table_contains (ambiguous, "rust"));
  g_assert_true (g_hash_table_contains (ambiguous, "swift"));
  g_assert_true (g_hash_table_contains (ambiguous, "spark"));
  g_assert_true (g_hash_table_contains (ambiguous, "r"));

  for (guint i = 0; i < n; i++)
    {
      JsonObject *skill = json_array_get_object_element (skills, i);
      const char *id = get_string (skill, "id");
      JsonArray *aliases = get_array (skill, "aliases");
      g_autofree char *name = g_utf8_strdown (get_string (skill, "name"), -1);
      const char *owner;

      if (!is_kebab_case (id))
        g_error ("skill id \"%s\" is not kebab-case", id);
      if (!g_hash_table_contains (categories, get_string (skill, "category")))
        g_error ("skill \"%s\" has unknown category", id);

      for (guint j = 0; j <= json_array_get_length (aliases); j++)
        {
          const char *term = j == 0 ? name : json_array_get_string_element (aliases, j - 1);

          if (j > 0 && !is_lowercase (term))
            g_error ("alias \"%s\" of skill \"%s\" is not lower-case", term, id);

          owner = g_hash_table_lookup (terms, term);
          if (owner != NULL && !g_str_equal (owner, id) &&
              !g_hash_table_contains (ambiguous, owner) &&
              !g_hash_table_contains (ambiguous, id))
            g_error ("term \"%s\" belongs to both \"%s\" and \"%s\"", term, owner, id);
          g_hash_table_insert (terms, g_strdup (term), (gpointer) id);
        }
    }
}

static void
test_catalog_questions (void)
{
  g_autoptr(JsonNode) root = load_catalog_file ("questions.json");
  g_autoptr(JsonNode) tracks_root = load_catalog_file ("tracks.json");
  g_autoptr(JsonNode) levels_root = load_catalog_file ("levels.json");
  g_autoptr(JsonNode) skills_root = load_catalog_file ("skills.json");
  g_autoptr(JsonNode) competencies_root = load_catalog_file ("competencies.json");
  JsonArray *questions = get_array (json_node_get_object (root), "questions");
  g_autoptr(GHashTable) ids = collect_ids (questions, "question");
  g_autoptr(GHashTable) kind_ids = collect_ids (get_array (json_node_get_object (tracks_root), "round_kinds"), "round kind");
  g_autoptr(GHashTable) track_ids = collect_ids (get_array (json_node_get_object (tracks_root), "tracks"), "track");
  g_autoptr(GHashTable) band_ids = collect_ids (get_array (json_node_get_object (levels_root), "bands"), "band");
  g_autoptr(GHashTable) skill_ids = collect_ids (get_array (json_node_get_object (skills_root), "skills"), "skill");
  g_autoptr(GHashTable) competency_ids = collect_ids (get_array (json_node_get_object (competencies_root), "competencies"), "competency");
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kinds_seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = json_array_get_length (questions);
  guint n_ask = 0;
  guint n_with_skills = 0;

  g_assert_cmpuint (n, >=, 300);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *q = json_array_get_object_element (questions, i);
      const char *id = get_string (q, "id");
      const char *kind = get_string (q, "kind");
      const char *round = get_string (q, "round");
      const char *competency = get_string (q, "competency");
      JsonArray *tracks = get_array (q, "tracks");
      JsonArray *bands = get_array (q, "bands");

      if (!g_hash_table_add (texts, (gpointer) get_string (q, "text")))
        g_error ("question \"%s\" repeats the text of another question", id);
      if (!strv_contains (question_kinds, kind))
        g_error ("question \"%s\" has unknown kind \"%s\"", id, kind);
      g_hash_table_add (kinds_seen, (gpointer) kind);
      if (g_str_equal (kind, "ask"))
        n_ask++;
      if (!g_hash_table_contains (kind_ids, round))
        g_error ("question \"%s\" has unknown round \"%s\"", id, round);
      if (!g_hash_table_contains (competency_ids, competency))
        g_error ("question \"%s\" has unknown competency \"%s\"", id, competency);

      g_assert_cmpuint (json_array_get_length (tracks), >, 0);
      for (guint j = 0; j < json_array_get_length (tracks); j++)
        {
          const char *track = json_array_get_string_element (tracks, j);

          if (!g_str_equal (track, "*") && !g_hash_table_contains (track_ids, track))
            g_error ("question \"%s\" has unknown track \"%s\"", id, track);
        }

      g_assert_cmpuint (json_array_get_length (bands), >, 0);
      for (guint j = 0; j < json_array_get_length (bands); j++)
        {
          const char *band = json_array_get_string_element (bands, j);

          if (!g_str_equal (band, "*") && !g_hash_table_contains (band_ids, band))
            g_error ("question \"%s\" has unknown band \"%s\"", id, band);
        }

      if (json_object_has_member (q, "skills"))
        {
          JsonArray *skills = get_array (q, "skills");

          g_assert_cmpuint (json_array_get_length (skills), >, 0);
          n_with_skills++;
          for (guint j = 0; j < json_array_get_length (skills); j++)
            {
              const char *skill = json_array_get_string_element (skills, j);

              if (!g_hash_table_contains (skill_ids, skill))
                g_error ("question \"%s\" probes unknown skill \"%s\"", id, skill);
            }
        }
    }

  g_assert_cmpuint (n_ask, >=, 40);
  /* Enough technical questions are keyed to skills for a JD to pick them. */
  g_assert_cmpuint (n_with_skills, >=, 100);
  g_assert_cmpuint (g_hash_table_size (kinds_seen), ==, g_strv_length ((char **) question_kinds));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog-content/no-empty-strings", test_catalog_no_empty_strings);
  g_test_add_func ("/catalog-content/competencies", test_catalog_competencies);
  g_test_add_func ("/catalog-content/levels", test_catalog_levels);
  g_test_add_func ("/catalog-content/tracks", test_catalog_tracks);
  g_test_add_func ("/catalog-content/skills", test_catalog_skills);
  g_test_add_func ("/catalog-content/questions", test_catalog_questions);

  return g_test_run ();
}
