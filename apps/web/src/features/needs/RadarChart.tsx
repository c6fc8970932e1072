import type { TOfficerProfile } from '@formasaun/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts, ReactEChartsCore } from './echarts';

/** Spider chart of one officer: required against assessed level per competency. */
export default function RadarChart({ profile }: { profile: TOfficerProfile }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      animation: false, // slow phones: draw once, final
      aria: { enabled: true, label: { description: t('needs.profile.radarDescription', { name: profile.officer.name }) } },
      legend: { bottom: 0, textStyle: { color: '#212529' } },
      tooltip: { trigger: 'item', confine: true },
      radar: {
        radius: '70%',
        indicator: profile.competencies.map((c) => ({ name: c.code, max: 4, min: 0 })),
        axisName: { color: '#212529', fontSize: 11 },
        splitNumber: 4,
      },
      series: [
        {
          type: 'radar',
          data: [
            { name: t('needs.profile.required'), value: profile.competencies.map((c) => c.requiredLevel), lineStyle: { type: 'dashed', color: '#495057' }, itemStyle: { color: '#495057' } },
            { name: t('needs.profile.assessed'), value: profile.competencies.map((c) => c.assessedLevel ?? 0), areaStyle: { opacity: 0.25 }, itemStyle: { color: '#c2410c' } },
          ],
        },
      ],
    }),
    [profile, t],
  );
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 380 }} />;
}
