/* cal-catalog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define CAL_CATALOG_ERROR (cal_catalog_error_quark ())

/**
 * CalCatalogError:
 * @CAL_CATALOG_ERROR_INVALID: a catalog file is not the JSON the schema expects
 * @CAL_CATALOG_ERROR_NOT_FOUND: a catalog file is missing
 */
typedef enum
{
  CAL_CATALOG_ERROR_INVALID,
  CAL_CATALOG_ERROR_NOT_FOUND,
} CalCatalogError;

GQuark cal_catalog_error_quark (void);

/* The entries are plain read-only records owned by the catalog; they live as
 * long as the catalog and are never modified after loading, which is what
 * makes reading them from several threads safe. */

typedef struct
{
  char *id;
  char *name;
  char *tests;
} CalCatalogRoundKind;

typedef struct
{
  char *kind;
  char *title;
  char *tests;
  char *strong;
  int   minutes;
} CalCatalogLoopRound;

typedef struct
{
  char        *id;
  char        *name;
  char        *family;
  char        *ladder;
  GStrv        title_patterns;
  GStrv        keywords;
  GHashTable  *loops;           /* band id → GPtrArray of CalCatalogLoopRound */
} CalCatalogTrack;

typedef struct
{
  char  *id;
  char  *name;
  char  *ladder;
  char  *band;
  char  *scope;
  char  *horizon;
  char  *owns;
  char  *next_step;
  GStrv  signals;
  int    rank;
  int    years_min;
  int    years_max;
} CalCatalogLevel;

typedef struct
{
  char *pattern;
  char *level;
  char *note;
} CalCatalogLevelAlias;

typedef struct
{
  char     *id;
  char     *name;
  char     *category;
  GStrv     aliases;
  gboolean  ambiguous;
} CalCatalogSkill;

typedef struct
{
  char  *id;
  char  *text;
  char  *kind;
  char  *round;
  char  *competency;
  GStrv  tracks;
  GStrv  bands;
  GStrv  skills;
} CalCatalogQuestion;

typedef struct
{
  char *id;
  char *name;
  char *description;
} CalCatalogCompetency;

#define CAL_TYPE_CATALOG (cal_catalog_get_type ())

G_DECLARE_FINAL_TYPE (CalCatalog, cal_catalog, CAL, CATALOG, GObject)

CalCatalog          *cal_catalog_get_default         (void);
gboolean             cal_catalog_is_loaded           (CalCatalog   *self);
CalCatalog          *cal_catalog_new                 (void);
CalCatalog          *cal_catalog_new_for_directory   (const char   *directory);
gboolean             cal_catalog_load                (CalCatalog   *self,
                                                      GError      **error);
GBytes              *cal_catalog_load_file           (CalCatalog   *self,
                                                      const char   *name,
                                                      GError      **error);

GPtrArray           *cal_catalog_get_tracks          (CalCatalog   *self);
const CalCatalogTrack      *cal_catalog_get_track           (CalCatalog   *self,
                                                      const char   *id);
GPtrArray           *cal_catalog_get_loop            (CalCatalog   *self,
                                                      const char   *track_id,
                                                      const char   *band_id);
GPtrArray           *cal_catalog_get_round_kinds     (CalCatalog   *self);
const CalCatalogRoundKind  *cal_catalog_get_round_kind      (CalCatalog   *self,
                                                      const char   *id);

GPtrArray           *cal_catalog_get_levels          (CalCatalog   *self);
const CalCatalogLevel      *cal_catalog_get_level           (CalCatalog   *self,
                                                      const char   *id);
GPtrArray           *cal_catalog_get_level_aliases   (CalCatalog   *self);
const char          *cal_catalog_get_band_for_level  (CalCatalog   *self,
                                                      const char   *level_id);
const char * const  *cal_catalog_get_bands           (CalCatalog   *self);

GPtrArray           *cal_catalog_get_skills          (CalCatalog   *self);
const CalCatalogSkill      *cal_catalog_get_skill           (CalCatalog   *self,
                                                      const char   *id);
const CalCatalogSkill      *cal_catalog_lookup_skill_alias  (CalCatalog   *self,
                                                      const char   *alias);
guint                cal_catalog_get_max_alias_words (CalCatalog   *self);

GPtrArray           *cal_catalog_get_questions       (CalCatalog   *self);
GPtrArray           *cal_catalog_find_questions      (CalCatalog   *self,
                                                      const char   *track_id,
                                                      const char   *band_id,
                                                      const char   *round_kind,
                                                      const char * const *skill_ids);

GPtrArray           *cal_catalog_get_competencies    (CalCatalog   *self);
const CalCatalogCompetency *cal_catalog_get_competency      (CalCatalog   *self,
                                                      const char   *id);

char                *cal_catalog_normalize_phrase    (const char   *text);

G_END_DECLS
