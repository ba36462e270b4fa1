/* kez-digest-set.c
 *
 * A million questions read from a file are told apart by what they say without keeping what
 * they say: each is a 64-bit digest in an open-addressed table, 16 bytes a question at most
 * instead of its whole text in a hash table. Two different texts may, very rarely, have the
 * same digest; whoever uses the set checks a hit against the database before acting on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-digest-set.h"

struct _KezDigestSet
{
  guint64 *slots;     /* 0 for an empty slot; a digest of 0 is kept as 1 */
  gsize    n_slots;   /* a power of two */
  gsize    n;
};

/* FNV-1a, then a final mix (from SplitMix64) so that the low bits the table uses depend on
 * every byte. */
guint64
kez_digest_of (const char *text,
               gsize       length)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);

  for (gsize i = 0; i < length; i++)
    {
      h ^= (guchar) text[i];
      h *= G_GUINT64_CONSTANT (1099511628211);
    }
  h ^= h >> 30;
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  h ^= h >> 27;
  h *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  h ^= h >> 31;
  return h;
}

KezDigestSet *
kez_digest_set_new (void)
{
  KezDigestSet *self = g_new0 (KezDigestSet, 1);

  self->n_slots = 1024;
  self->slots = g_new0 (guint64, self->n_slots);
  return self;
}

static gboolean
insert (guint64 *slots,
        gsize    n_slots,
        guint64  digest)
{
  gsize i = digest & (n_slots - 1);

  while (slots[i] != 0)
    {
      if (slots[i] == digest)
        return FALSE;
      i = (i + 1) & (n_slots - 1);
    }
  slots[i] = digest;
  return TRUE;
}

gboolean
kez_digest_set_contains (KezDigestSet *self,
                         guint64       digest)
{
  gsize i;

  if (digest == 0)
    digest = 1;
  for (i = digest & (self->n_slots - 1); self->slots[i] != 0; i = (i + 1) & (self->n_slots - 1))
    if (self->slots[i] == digest)
      return TRUE;
  return FALSE;
}

/* Returns: %TRUE when @digest was not in the set yet */
gboolean
kez_digest_set_add (KezDigestSet *self,
                    guint64       digest)
{
  if (digest == 0)
    digest = 1;
  /* Half full at most, so that a look-up ends in a step or two. */
  if (2 * (self->n + 1) > self->n_slots)
    {
      gsize n_slots = 2 * self->n_slots;
      guint64 *slots = g_new0 (guint64, n_slots);

      for (gsize i = 0; i < self->n_slots; i++)
        if (self->slots[i] != 0)
          insert (slots, n_slots, self->slots[i]);
      g_free (self->slots);
      self->slots = slots;
      self->n_slots = n_slots;
    }
  if (!insert (self->slots, self->n_slots, digest))
    return FALSE;
  self->n++;
  return TRUE;
}

void
kez_digest_set_free (KezDigestSet *self)
{
  if (self == NULL)
    return;
  g_free (self->slots);
  g_free (self);
}
