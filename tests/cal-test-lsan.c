/* cal-test-lsan.c — keeps GLib's abandoned first quark block reachable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib allocates its first block of quark names in a library constructor
 * and deliberately abandons it (other threads may still read it without a
 * lock) once a process has created 2048 quarks, which the main window with
 * all its sections does. LeakSanitizer then reports 16 KiB "leaked" from
 * g_malloc, with a stack too short to suppress precisely. Rather than
 * suppressing g_malloc (which would hide every real leak), this finds that
 * one block while it is still GLib's current block and tells LeakSanitizer
 * to ignore just that object.
 *
 * Linked into every test program; a no-op without AddressSanitizer.
 */

/* dl_iterate_phdr() and struct dl_phdr_info are GNU extensions. */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif

#include "config.h"

#include <glib.h>

#if defined(__SANITIZE_ADDRESS__)
# define CAL_TEST_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define CAL_TEST_ASAN 1
# endif
#endif

#ifdef CAL_TEST_ASAN

#include <link.h>
#include <string.h>
#include <sanitizer/lsan_interface.h>

/* From sanitizer/allocator_interface.h, which GCC 12 does not install. */
int    __sanitizer_get_ownership      (const volatile void *p);
size_t __sanitizer_get_allocated_size (const volatile void *p);

#define QUARK_BLOCK_BYTES (2048 * sizeof (char *))

typedef struct
{
  const char *quark_one;
  gpointer    block;
} Search;

static gboolean
is_quark_block (gpointer    candidate,
                const char *quark_one)
{
  char **names = candidate;

  if (candidate == NULL || !__sanitizer_get_ownership (candidate))
    return FALSE;
  if (__sanitizer_get_allocated_size (candidate) != QUARK_BLOCK_BYTES)
    return FALSE;

  /* Quark 0 is never used; quark 1 is the first name GLib registered. */
  return names[0] == NULL && names[1] == quark_one;
}

static int
search_library (struct dl_phdr_info *info,
                size_t               size,
                void                *data)
{
  Search *search = data;

  if (search->block != NULL || strstr (info->dlpi_name, "libglib-2.0") == NULL)
    return 0;

  /* The pointer to the block lives in one of libglib's writable segments. */
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *phdr = &info->dlpi_phdr[i];
      gpointer *word;
      gpointer *end;

      if (phdr->p_type != PT_LOAD || !(phdr->p_flags & PF_W))
        continue;

      word = (gpointer *) (info->dlpi_addr + phdr->p_vaddr);
      end = (gpointer *) (info->dlpi_addr + phdr->p_vaddr + phdr->p_memsz);
      for (; word < end; word++)
        {
          if (is_quark_block (*word, search->quark_one))
            {
              search->block = *word;
              return 1;
            }
        }
    }

  return 0;
}

__attribute__ ((constructor)) static void
cal_test_lsan_keep_first_quark_block (void)
{
  Search search = { g_quark_to_string (1), NULL };

  if (search.quark_one == NULL)
    return;

  dl_iterate_phdr (search_library, &search);
  if (search.block != NULL)
    __lsan_ignore_object (search.block);
}

#endif
