// An ordinary link that changes the page without reloading; a modified click (new tab) stays the browser's.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useNav } from './navigation';

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigation = useNav();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigation.navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
