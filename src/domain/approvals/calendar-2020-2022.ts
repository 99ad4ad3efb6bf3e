import { addCalendarDays, type CalendarDay } from "./working-days.js";

/**
 * Public holidays and make-up working days of the plan's years, as the State Council's General Office
 * announced them (国务院办公厅关于2020年、2021年、2022年部分节假日安排的通知). The 2020 Spring Festival
 * runs to 2 February as extended by 国办发明电〔2020〕1号, which also cancelled the make-up day of
 * 1 February. These years are reference data, loaded with the plan and not editable; later years are
 * kept by the city.
 */
interface Notice {
  year: number;
  holidays: { name: string; from: string; to: string }[];
  workdays: { name: string; day: string }[];
}

const NOTICES: Notice[] = [
  {
    year: 2020,
    holidays: [
      { name: "元旦", from: "01-01", to: "01-01" },
      { name: "春节", from: "01-24", to: "02-02" },
      { name: "清明节", from: "04-04", to: "04-06" },
      { name: "劳动节", from: "05-01", to: "05-05" },
      { name: "端午节", from: "06-25", to: "06-27" },
      { name: "国庆节、中秋节", from: "10-01", to: "10-08" },
    ],
    workdays: [
      { name: "春节调休上班", day: "01-19" },
      { name: "劳动节调休上班", day: "04-26" },
      { name: "劳动节调休上班", day: "05-09" },
      { name: "端午节调休上班", day: "06-28" },
      { name: "国庆节、中秋节调休上班", day: "09-27" },
      { name: "国庆节、中秋节调休上班", day: "10-10" },
    ],
  },
  {
    year: 2021,
    holidays: [
      { name: "元旦", from: "01-01", to: "01-03" },
      { name: "春节", from: "02-11", to: "02-17" },
      { name: "清明节", from: "04-03", to: "04-05" },
      { name: "劳动节", from: "05-01", to: "05-05" },
      { name: "端午节", from: "06-12", to: "06-14" },
      { name: "中秋节", from: "09-19", to: "09-21" },
      { name: "国庆节", from: "10-01", to: "10-07" },
    ],
    workdays: [
      { name: "春节调休上班", day: "02-07" },
      { name: "春节调休上班", day: "02-20" },
      { name: "劳动节调休上班", day: "04-25" },
      { name: "劳动节调休上班", day: "05-08" },
      { name: "中秋节调休上班", day: "09-18" },
      { name: "国庆节调休上班", day: "09-26" },
      { name: "国庆节调休上班", day: "10-09" },
    ],
  },
  {
    year: 2022,
    holidays: [
      { name: "元旦", from: "01-01", to: "01-03" },
      { name: "春节", from: "01-31", to: "02-06" },
      { name: "清明节", from: "04-03", to: "04-05" },
      { name: "劳动节", from: "04-30", to: "05-04" },
      { name: "端午节", from: "06-03", to: "06-05" },
      { name: "中秋节", from: "09-10", to: "09-12" },
      { name: "国庆节", from: "10-01", to: "10-07" },
    ],
    workdays: [
      { name: "春节调休上班", day: "01-29" },
      { name: "春节调休上班", day: "01-30" },
      { name: "清明节调休上班", day: "04-02" },
      { name: "劳动节调休上班", day: "04-24" },
      { name: "劳动节调休上班", day: "05-07" },
      { name: "国庆节调休上班", day: "10-08" },
      { name: "国庆节调休上班", day: "10-09" },
    ],
  },
];

/** The years whose calendar is the State Council's and cannot be edited. */
export const NOTICE_YEARS: readonly number[] = NOTICES.map((n) => n.year);

function expand(notice: Notice): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const h of notice.holidays) {
    const last = `${notice.year}-${h.to}`;
    for (let day = `${notice.year}-${h.from}`; day <= last; day = addCalendarDays(day, 1))
      days.push({ day, kind: "holiday", name: h.name });
  }
  for (const w of notice.workdays)
    days.push({ day: `${notice.year}-${w.day}`, kind: "workday", name: w.name });
  return days.sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Every listed day of 2020–2022, each holiday day of a range on its own, in date order. */
export const NOTICE_DAYS: readonly CalendarDay[] = NOTICES.flatMap(expand);
