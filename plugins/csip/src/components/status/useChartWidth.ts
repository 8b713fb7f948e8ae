import { useLayoutEffect, useState } from 'react';

/**
 * The width in pixels of the box a chart is drawn in, followed as it
 * resizes; `fallback` until it is measured and where layout is not known
 * (tests, a fixed-width printout). The charts get an explicit width so
 * they never measure a zero-width box themselves. Pass `ref` as the box's
 * ref.
 */
export function useChartWidth<T extends HTMLElement>(fallback: number) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      setWidth(measured > 0 ? measured : fallback);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fallback]);
  return { ref: setElement, width };
}
