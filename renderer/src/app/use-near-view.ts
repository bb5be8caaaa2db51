import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come near the visible part of the page, and from then on; for content that is costly
 * to fetch (an attachment is decrypted and sent whole). Without IntersectionObserver it is true at once.
 */
export function useNearView(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
}
