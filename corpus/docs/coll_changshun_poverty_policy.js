module.exports = {
  policy: {
    edges: [{
        node: {
          id: 0,
          title: '习总书记对深度贫困地区脱贫的要求',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style=";margin-bottom: 0;text-align:center;text-indent:0">
    <a><span style="font-size:27px;font-family:方正小标宋简体">第一</span></a><span style="font-size:27px">&nbsp; </span><span style="font-size:27px;font-family:方正小标宋简体">习总书记对深度贫困地区脱贫的要求</span>
</p>
<p style=";margin-bottom: 0;text-align:left;text-indent:43px">
    <span style="font-size:21px;font-family:楷体_GB2312">摘自：习总书记</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:楷体_GB2312">年</span><span style="font-size:21px">6</span><span style="font-size:21px;font-family:楷体_GB2312">月</span><span style="font-size:21px">23</span><span style="font-size:21px;font-family:楷体_GB2312">日在山西省太原市主持召开深度贫困地区脱贫攻坚座谈会上的讲话精神</span>
</p>
<p style=";margin-bottom: 0;text-align:left;text-indent:0">
    <span style="font-size: 21px">&nbsp;</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">一、深度贫困成因分析</span>
</p>
<p style="text-align:left;text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">一是</span><span style="font-size:21px;font-family:仿宋_GB2312">集革命老区、民族地区、边疆地区于一体；</span><span style="font-size:21px;font-family:黑体">二是</span><span style="font-size:21px;font-family:仿宋_GB2312">基础设施和社会事业发展滞后；</span><span style="font-size:21px;font-family:黑体">三是</span><span style="font-size:21px;font-family:仿宋_GB2312">社会发育滞后，社会文明程度低；</span><span style="font-size:21px;font-family:黑体">四是</span><span style="font-size:21px;font-family:仿宋_GB2312">生态环境脆弱，自然灾害频发；五是经济发展滞后，人穷村也穷。</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">二、深度贫困脱贫要求</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">合理确定脱贫目标；</span><span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大投入支持力度；</span><span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">集中优势兵力打攻坚战；</span><span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">区域发展必须围绕精准扶贫发力；</span><span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大各方帮扶力度；</span><span style="font-size:21px">6.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大内生动力培育力度；</span><span style="font-size:21px">7.</span><span style="font-size:21px;font-family:仿宋_GB2312">加大组织领导力度；</span><span style="font-size:21px">8.</span><span style="font-size:21px;font-family:仿宋_GB2312">加强检查督查。</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:黑体">三、深度贫困特征</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">两高</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即贫困人口占比高、贫困发生率高；</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">一低</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即人均可支配收入低；</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">一差</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即基础设施和住房差；</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px">“</span><span style="font-size:21px;font-family: 黑体">三重</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即低保五保贫困人口脱贫任务重、因病致贫返贫人口脱贫任务重、贫困老人脱贫任务重。</span>
</p>
<p style="line-height:33px">
    <span style="font-size:21px">&nbsp;&nbsp;&nbsp; </span><span style="font-size:21px;font-family:黑体">四、下步重点解决的问题</span>
</p>
<p style="text-indent:43px;line-height:33px">
    <span style="font-size:21px;font-family:仿宋_GB2312">就全国而言，下一步要重点解决深度贫困地区公共服务、基础设施以及基本医疗有保障的问题。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
      {
        node: {
          id: 1,
          title: '我省对打赢深度贫困地区脱贫攻坚战的要求',
          createdAt: '2019/3/15',
          author: '管理员',
          content: `<p style="text-align:center;line-height:40px">
    <a><span style="font-size:27px;font-family:方正小标宋简体">第二</span></a> <span style="font-size:27px;font-family:方正小标宋简体">我省对打赢深度贫困地区脱贫攻坚战的要求</span>
</p>
<p style=";margin-bottom:0;text-indent:0">
    &nbsp;
</p>
<p style=";margin-bottom:0;text-indent:0;line-height:40px">
    &nbsp;&nbsp; &nbsp;&nbsp;
</p>
<p style="text-indent:43px;line-height:47px">
    <strong><span style="font-size:21px">·2016</span></strong><strong><span style="font-size: 21px;font-family:仿宋_GB2312">年</span></strong><strong><span style="font-size:21px">9</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">月</span></strong><strong><span style="font-size:21px">20</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">日（省委、省政府确定极贫乡镇）</span></strong>
</p>
<p style="text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">省委办公厅</span> <span style="font-size:21px;font-family:仿宋_GB2312">省政府办公厅关于印发《贵州省极贫乡（镇）定点包干脱贫攻坚工作方案》（黔委厅字〔</span><span style="font-size:21px">2016</span><span style="font-size:21px;font-family:仿宋_GB2312">〕</span><span style="font-size:21px">60</span><span style="font-size:21px;font-family:仿宋_GB2312">号）</span>
</p>
<p style="text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">黔南州：长顺县代化镇、平塘县大塘镇</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <strong><span style="font-size:21px">·2016</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">年</span></strong><strong><span style="font-size:21px">10</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">月（成立工作指挥部）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">指挥长（省委常委、贵阳市委书）、常务副指挥长（省机关事务管理局局长），印发《长顺县代化镇脱贫攻坚指挥部工作职责》</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <strong><span style="font-size:21px">·2016</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">年</span></strong><strong><span style="font-size:21px">12</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">月（方案编制并通过）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">《黔南州长顺县代化镇定点包干脱贫攻坚实施方案（</span><span style="font-size:21px">2016—2020</span><span style="font-size:21px;font-family:仿宋_GB2312">年）》</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:47px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">《长顺县代化镇定点包干脱贫攻坚子基金实施方案</span><span style="font-size:21px">(2016—2018</span><span style="font-size:21px;font-family:仿宋_GB2312">年</span><span style="font-size:21px">)</span><span style="font-size:21px;font-family:仿宋_GB2312">》</span>
</p>
<p style=";margin-bottom: 0;text-align:center;text-indent:43px;line-height:47px">
    <span style="font-size:21px;font-family:仿宋_GB2312">《实施方案》共实施项目</span><span style="font-size:21px">191</span><span style="font-size:21px;font-family:仿宋_GB2312">项，总投资规模</span><span style="font-size:21px">10.581</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元</span><span style="font-size:21px"><br/> </span><span style="font-size:19px;font-family:黑体">代化镇</span><span style="font-size:19px">10.581</span><span style="font-size:19px;font-family:黑体">亿元基金</span> <span style="font-size:19px;font-family:黑体">按项目类型划分投资规模统计表</span>
</p>
<p>
    <strong> </strong>
</p>
<table>
    <tbody>
        <tr style=";height:21px" class="firstRow">
            <td width="205" rowspan="2" style="border-width: 1px; border-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">项目类型</span></strong>
                </p>
            </td>
            <td width="130" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: windowtext; border-right-color: windowtext; border-bottom-color: windowtext; border-left: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">项目个数（项）</span></strong>
                </p>
            </td>
            <td width="156" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: windowtext; border-right-color: windowtext; border-bottom-color: windowtext; border-left: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">投资规模</span></strong>
                </p>
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">（亿元）</span></strong>
                </p>
            </td>
            <td width="135" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: windowtext; border-right-color: windowtext; border-bottom-color: windowtext; border-left: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">占总投资比例</span></strong>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:32px">
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";font-family:宋体;color:windowtext">合计</span></strong>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";color:windowtext">191</span></strong>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";color:windowtext">10.581</span></strong>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <strong><span style=";color:windowtext">1</span></strong>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">交</span><span style=";color:windowtext">&nbsp; </span><span style=";font-family:宋体;color:windowtext">通</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">40</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">0.7828</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.074</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">水</span><span style=";color:windowtext">&nbsp; </span><span style=";font-family:宋体;color:windowtext">利</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">19</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">0.8163</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.077</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">农村环境整治</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">75</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">1.728</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.163</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">小城镇建设</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">16</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">3.917</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.370</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:28px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">公共服务</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">19</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">0.5837</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.055 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:29px">
            <td width="205" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: windowtext; border-bottom-color: windowtext; border-left-color: windowtext; border-top: none; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";font-family:宋体;color:windowtext">特色优势产业</span>
                </p>
            </td>
            <td width="130" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">22</span>
                </p>
            </td>
            <td width="156" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center">
                    <span style=";color:windowtext">2.7532</span>
                </p>
            </td>
            <td width="135" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: windowtext; border-right-width: 1px; border-right-color: windowtext; padding: 0px 7px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">0.26</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
    </tbody>
</table>
<p style="text-align:center">
    <span style="font-size:19px">&nbsp;</span>
</p>
<p style="text-align:center">
    <span style="font-size:19px;font-family:黑体">贵州脱贫攻坚投资基金极贫乡（镇）子基金项目投资表</span>
</p>
<p style="text-align:center">
    <strong><span style=";color:#252525">&nbsp;</span></strong>
</p>
<table>
    <tbody>
        <tr style=";height:37px" class="firstRow">
            <td width="63" rowspan="4" style="border-top-width: 1px; border-right-width: 1px; border-left-width: 1px; border-top-color: black; border-right-color: black; border-left-color: black; border-bottom: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px;font-family: 宋体">分年度投资计划（万元）</span>
                </p>
            </td>
            <td width="63" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">年度</span></strong>
                </p>
            </td>
            <td width="54" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">合</span></strong><strong><span style="font-size: 13px">&nbsp; </span></strong><strong><span style="font-size: 13px;font-family: 宋体">计</span></strong>
                </p>
            </td>
            <td width="65" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">交通</span></strong>
                </p>
            </td>
            <td width="61" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">水利</span></strong>
                </p>
            </td>
            <td width="80" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">农村环境整治</span></strong>
                </p>
            </td>
            <td width="79" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">小城镇建设</span></strong>
                </p>
            </td>
            <td width="76" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">公共服务</span></strong>
                </p>
            </td>
            <td width="81" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size: 13px;font-family: 宋体">特色优势产业</span></strong>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="63" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">2016</span><span style="font-size: 13px;font-family: 宋体">年</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">820</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">775</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">45</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">0</span>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="63" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">2017</span><span style="font-size: 13px;font-family: 宋体">年</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">21477</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">5715</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">4810</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">5582</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">3870</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">750</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">750</span>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="63" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">2018</span><span style="font-size: 13px;font-family: 宋体">年</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">83513</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">1338</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">3308</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">11698</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">35300</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">5087</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; background: white; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size: 13px">26782</span>
                </p>
            </td>
        </tr>
        <tr style=";height:37px">
            <td width="126" colspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:宋体">总计</span>
                </p>
            </td>
            <td width="54" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">105810</span>
                </p>
            </td>
            <td width="65" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">7828</span>
                </p>
            </td>
            <td width="61" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">8163</span>
                </p>
            </td>
            <td width="80" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">17280</span>
                </p>
            </td>
            <td width="79" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">39170</span>
                </p>
            </td>
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">5837</span>
                </p>
            </td>
            <td width="81" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">27532</span>
                </p>
            </td>
        </tr>
        <tr style=";height:16px">
            <td width="623" colspan="9" style="padding: 1px;">
                <p>
                    <span style="font-size:   13px;font-family:宋体">注：投资只统计极贫乡镇脱贫攻坚子基金，不含部门资金和其他资金。</span>
                </p>
            </td>
        </tr>
    </tbody>
</table>
<p style=";margin-bottom:0;text-indent:53px">
    <span style="font-size:27px">&nbsp;</span>
</p>
<p style=";margin-bottom:0;text-indent:43px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">《代化镇脱贫攻坚问责暂行办法》、《代化镇脱贫攻坚工作考核办法》、《代化镇小城镇建设实施规划》《代化镇春季攻势行动方案》</span><span style="font-size:21px">....</span>
</p>
<p style=";margin-bottom:0;text-indent:43px">
    <strong><span style="font-size:21px">·2017</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">年</span></strong><strong><span style="font-size:21px">1</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">月</span></strong><strong><span style="font-size:21px">-10</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">月（春季攻势、大比武、秋季攻势）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:43px">
    <strong><span style="font-size:21px">·2017</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">年</span></strong><strong><span style="font-size:21px">8</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">月（全省深度贫困地区脱贫攻坚工作推进大会）</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:43px">
    <span style="font-size:21px">8</span><span style="font-size:21px;font-family:仿宋_GB2312">月</span><span style="font-size:21px">6</span><span style="font-size:21px;font-family:仿宋_GB2312">日至</span><span style="font-size:21px">8</span><span style="font-size:21px;font-family:仿宋_GB2312">月</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">日，全省深度贫困地区脱贫攻坚工作推进大会在贵阳召开，会议明确我省深度贫困地区分为深度贫困县、极贫乡镇和深度贫困村三个层次。根据定性定量划分，全省列出深度贫困县</span><span style="font-size:21px">14</span><span style="font-size:21px;font-family:仿宋_GB2312">个、极度贫困乡镇</span><span style="font-size:21px">20</span><span style="font-size:21px;font-family:仿宋_GB2312">个、深度贫困村</span><span style="font-size:21px">2760</span><span style="font-size:21px;font-family:仿宋_GB2312">个。并下发</span><span style="font-size:21px;font-family:黑体">《贵州省深度贫困地区脱贫攻坚行动方案》</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">——</span><span style="font-size:21px;font-family:黑体">打好</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:黑体">四个硬仗</span><span style="font-size:21px">”</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">基础设施建设、</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">产业扶贫、</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">易地扶贫搬迁、</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px;font-family:仿宋_GB2312">教育医疗住房</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">三保障</span><span style="font-size:21px">”</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">——</span><span style="font-size:21px;font-family:黑体">打好</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:黑体">七大战役</span><span style="font-size:21px">”</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">农村</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">组组通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">公路建设</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">产业扶贫三年行动计划</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">易地扶贫搬迁</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">农村危房改造和住房保障</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困劳动力全员培训促进就业脱贫</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">6.</span><span style="font-size:21px;font-family:仿宋_GB2312">健康扶贫</span>
</p>
<p style="text-indent:43px;line-height:43px">
    <span style="font-size:21px">7.</span><span style="font-size:21px;font-family:仿宋_GB2312">旅游扶贫。</span>
</p>
<p>
    <span style="font-size:27px;font-family:&#39;Times New Roman&#39;,serif"><br/></span>
</p>
<p>
    <br/>
</p>`
        }
      },
