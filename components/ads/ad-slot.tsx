/**
 * A reserved ad space. The box keeps its size whether or not an ad fills it, so nothing on the page shifts.
 * Filling it is left to the ad hook (components/ads/ad-hook.tsx): an ad tag finds slots by data-ad-slot.
 */
const SIZES = {
  inline: "min-h-[280px]", // 300×250 medium rectangle plus the label
  sidebar: "min-h-[630px]", // 300×600 half page plus the label
} as const;

export function AdSlot({
  id,
  size,
  label = "Advertisement",
}: {
  id: string;
  size: keyof typeof SIZES;
  /** In the language of the page around it. */
  label?: string;
}) {
  return (
    <div
      data-ad-slot={id}
      data-ad-size={size}
      className={`no-print my-8 flex flex-col items-center border-y border-rule bg-rule/20 py-2 ${SIZES[size]}`}
    >
      <p className="font-sans text-[0.7rem] tracking-widest text-muted uppercase">{label}</p>
      <div data-ad-target className="mt-2 w-[300px] max-w-full flex-1" />
    </div>
  );
}
