/* cal-json-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The portable export: all of the user's data as one documented JSON file
 * (docs/portable-json.md), with the practice recordings copied into a
 * folder beside it, and the import of such a file into an empty database.
 *
 *   cal_json_export_write (store, "data.json", &counts, &error)
 *       writes data.json and data.json.recordings/
 *   cal_json_import_read (store, "data.json", &counts, &error)
 *       CAL_INTEROP_ERROR_NOT_EMPTY unless the database is empty;
 *       _INVALID (with line and column for bad JSON), _TOO_NEW
 *
 * Errors are CAL_INTEROP_ERROR (cal-interop.h), or the store's own. */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"

G_BEGIN_DECLS

/* The file's "format" and the newest "version" this build reads and
 * writes. A change that an older Calibrd could not read bumps the
 * version (see docs/portable-json.md). */
#define CAL_JSON_EXPORT_FORMAT  "calibrd-export"
#define CAL_JSON_EXPORT_VERSION 1

/**
 * CalJsonSection:
 *
 * The top-level arrays of the file, in the order they are written and
 * imported (a section refers only to sections before it).
 */
typedef enum
{
  CAL_JSON_SECTION_JOBS,
  CAL_JSON_SECTION_PROCESSES,
  CAL_JSON_SECTION_PROCESS_EVENTS,
  CAL_JSON_SECTION_OFFERS,
  CAL_JSON_SECTION_ROUNDS,
  CAL_JSON_SECTION_QUESTIONS,
  CAL_JSON_SECTION_STORIES,
  CAL_JSON_SECTION_PRACTICES,
  CAL_JSON_SECTION_PLANS,
  CAL_JSON_SECTION_PLAN_ITEMS,
  CAL_JSON_SECTION_CVS,
  CAL_JSON_SECTION_COMP_POINTS,
  CAL_JSON_N_SECTIONS,
} CalJsonSection;

/**
 * CalJsonCounts:
 * @rows: how many objects of each #CalJsonSection
 * @recordings: recordings copied
 * @missing_recordings: practices whose recording file was gone at export
 *   time; they are exported without one
 */
typedef struct
{
  guint rows[CAL_JSON_N_SECTIONS];
  guint recordings;
  guint missing_recordings;
} CalJsonCounts;

const char *cal_json_section_name       (CalJsonSection   section);
char       *cal_json_recordings_dir     (const char      *json_path);
gboolean    cal_json_export_write       (CalStore        *store,
                                         const char      *path,
                                         CalJsonCounts   *counts,
                                         GError         **error);
gboolean    cal_json_import_read        (CalStore        *store,
                                         const char      *path,
                                         CalJsonCounts   *counts,
                                         GError         **error);

G_END_DECLS
