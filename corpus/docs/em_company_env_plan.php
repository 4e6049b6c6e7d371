<?php
?>
<!DOCTYPE html>
<html lang="zh-cn">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>应急预案详情</title>
    <!-- Bootstrap -->
    <link href="../../../css/bootstrap.min.css" rel="stylesheet">
    <style type="text/css">
        body{
            font-family:'微软雅黑' !important;
        }
        
     </style>
  </head>
  <body>
        <div class="panel panel-default">
          <div class="panel-heading">应急预案详情</div>
          <div class="panel-body">
            <h1 class="text-center">环境应急预案</h1>
            <h2>1、总则</h2>
            <h3>1.1编制目的</h3>
            <p>为了对本公司突发环境事件作出迅速反应，及时有效地控制和减轻事件对公司和环境造成的危害，保障公司员工身体健康与生命安全，维护公司正常的社会秩序，根据《国务院有关部门和单位制定和修订突发公共事件应急预案指南》、国家环保总局《省(区、市)突发环境事件应急预案编制指南》和有关规定，结合本公司实际，制定本应急预案。</p>
            <h3>1.2编制依据</h3>
            <p>依据《国务院有关部门和单位制定和修订突发公共事件应急预案指南》、《国家突发环境事件应急预案》、《国家环保总局处置核和辐射恐怖袭击事件应急实施方案》、《报告环境污染与破坏事件的暂行办法》、《省(区、市)突发环境事件应急预案编制指南》及有关法律、法规制定。</p>
            <h3>1.3适用范围</h3>
            <p>本预案适用于本公司突发环境事件的应急处理工作。</p>
            <h3>1.4事件分级</h3>
            <p>按照突发事件严重性和紧急程度，突发环境事件分为特别重大环境事件(Ⅰ级)、重大环境事件(Ⅱ级)、较大环境事件(Ⅲ级)和一般环境事件(Ⅳ级)四级。</p>
            <h4>(1)特别重大环境事件(Ⅰ级)</h4>
            <p>凡符合下列情形之一的，为特别重大环境事件：</p>
            <p>①发生30人以上死亡，或中毒(重伤)100人以上；</p>
            <p>②因环境事件需疏散、转移群众5万人以上，或直接经济损失1000万元以上；</p>
            <p>③区域生态功能严重丧失或濒危物种生存环境受到严重污染；</p>
            <p>④因环境污染使当地正常的经济、社会活动受到严重影响；</p>
            <p>⑤利用放射性物质进行人为破坏事件，或1、2类放射源失控造成大范围严重辐射污染后果；</p>
            <p>⑥因环境污染造成重要城市主要水源地取水中断的污染事件；</p>
            <p>⑦因危险化学品(含剧毒品)生产和贮存中发生泄漏，严重影响人民群众生产、生活的污染事件。</p>
            <p>……</p>
          </div>
        </div>
    <script src="../../../js/jquery.min.js"></script>
    <script src="../../../js/bootstrap.min.js"></script>
  </body>
</html>